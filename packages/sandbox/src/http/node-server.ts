import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { Hono } from "hono";
import { nodeTimeoutOptions, type ServerTimeouts } from "./server-timeouts.js";

const REASONS: Record<number, string> = { 400: "Bad Request", 408: "Request Timeout", 500: "Internal Server Error" };

function errorBody(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ status, code, message }), {
    status,
    headers: { "content-type": "application/json" },
  });
}

// What the parser or the timeouts stop never reaches the app: answer with the same error body,
// unless a response to that request already started (then only closing is left).
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const timedOut = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  const status = timedOut ? 408 : 400;
  const body = JSON.stringify(
    timedOut
      ? { status, code: "REQUEST_TIMEOUT", message: "The request was not received in time." }
      : {
          status,
          code: "INVALID_ARGUMENT",
          message:
            error.code === "HPE_HEADER_OVERFLOW" ? "Request headers are too large." : "The HTTP request is malformed.",
        },
  );
  const head = `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
  // Once answered, a client still trickling bytes must not keep the socket open.
  socket.end(head + body, () => {
    if (timedOut) socket.destroy();
  });
}

// Requests the adapter cannot turn into a web Request (no Host header, as HTTP/1.0 allows, or
// an unusable URL): the same error body instead of an empty 400.
function requestError(error: unknown): Response {
  if (error instanceof Error && error.name === "RequestError") {
    const missingHost = /host/i.test(error.message) && /missing/i.test(error.message);
    return errorBody(
      400,
      "INVALID_ARGUMENT",
      missingHost ? "Host: the header is required." : `The HTTP request is malformed: ${error.message}.`,
    );
  }
  return errorBody(500, "INTERNAL", "Internal server error.");
}

/** A served app: the URL it is bound to, and how to stop serving. */
export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

/** Serves the app over HTTP; resolves once bound. */
export async function serveApp(app: Hono, port: number, host: string, timeouts?: ServerTimeouts): Promise<ServedApp> {
  const listener = getRequestListener((request, env) => app.fetch(request, env), { errorHandler: requestError });
  // A missing Host reaches the adapter, which answers it with the error body above.
  const server: Server = createServer({ ...nodeTimeoutOptions(timeouts), requireHostHeader: false }, listener);
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
