// Child process: the smallest node:http server, the ceiling any server here is compared with.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const body = JSON.stringify({ hello: "world" });
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
