import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Hono } from "hono";

/** Whether a listen host keeps the sandbox on this machine. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

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

/** Serves the app over HTTP; resolves with the server and the URL it is bound to. */
export async function serveApp(app: Hono, port: number, host: string): Promise<{ server: Server; url: string }> {
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
  return { server, url: `http://${shownHost}:${address.port}` };
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
