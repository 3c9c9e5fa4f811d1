import { connect } from "node:net";

/** Sends bytes on a raw socket to 127.0.0.1 (then half-closes it) and returns all that came back. */
export function rawRequest(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(bytes));
    let reply = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      reply += chunk;
    });
    socket.on("end", () => resolve(reply));
    socket.on("error", reject);
  });
}
