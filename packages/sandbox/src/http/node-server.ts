import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Hono } from "hono";

// Requests node's parser rejects never reach the app; answer them with the same error body.
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const message =
    error.code === "HPE_HEADER_OVERFLOW" ? "Request headers are too large." : "The HTTP request is malformed.";
  const body = JSON.stringify({ status: 400, code: "INVALID_ARGUMENT", message });
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** A served app: the URL it is bound to, and how to stop serving. */
export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

/** Serves the app over HTTP; resolves once bound. */
export async function serveApp(app: Hono, port: number, host: string): Promise<ServedApp> {
  const server = createAdaptorServer({ fetch: (request, env) => app.fetch(request, env) }) as Server;
  server.on("clientError", answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost =
    address.family === "IPv6" || address.address.includes(":") ? `[${address.address}]` : address.address;
  return { url: `http://${shownHost}:${address.port}`, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
