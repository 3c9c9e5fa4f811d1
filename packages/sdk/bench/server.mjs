// A minimal QoD provider for the benchmark, run as a child process so its work shares neither
// the client's event loop nor its CPU accounting. Only the four calls of the cycle; answers
// are contract-shaped.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

const sessions = new Map();
const prefix = "/quality-on-demand/v1";

function send(res, status, body, correlator) {
  const headers = correlator ? { "x-correlator": correlator } : {};
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const notFound = { status: 404, code: "NOT_FOUND", message: "The specified resource is not found." };

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const correlator = req.headers["x-correlator"];
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
    const path = req.url.slice(prefix.length);
    const [, , id, action] = path.split("/");
    if (req.method === "POST" && path === "/sessions") {
      const now = Date.now();
      const info = {
        sessionId: randomUUID(),
        device: body.device,
        applicationServer: body.applicationServer,
        qosProfile: body.qosProfile,
        duration: body.duration,
        qosStatus: "AVAILABLE",
        startedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + body.duration * 1000).toISOString(),
      };
      sessions.set(info.sessionId, info);
      return send(res, 201, info, correlator);
    }
    const info = sessions.get(id);
    if (!info) return send(res, 404, notFound, correlator);
    if (req.method === "GET") return send(res, 200, info, correlator);
    if (req.method === "DELETE") {
      sessions.delete(id);
      return send(res, 204, undefined, correlator);
    }
    if (req.method === "POST" && action === "extend") {
      info.duration += body.requestedAdditionalDuration;
      info.expiresAt = new Date(Date.parse(info.startedAt) + info.duration * 1000).toISOString();
      return send(res, 200, info, correlator);
    }
    return send(res, 404, notFound, correlator);
  });
});

server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("disconnect", () => process.exit(0));
