import type { Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

/** A server started by startServer. */
export interface RunningServer {
  /** `http://127.0.0.1:7070`, with the port actually bound. */
  url: string;
  port: number;
  /** Stops accepting connections, ends idle ones, and resolves when all are closed. */
  close(): Promise<void>;
}

/** Options for startServer. */
export interface StartServerOptions {
  app: Hono;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Serve HTTPS with this PEM certificate and key. */
  tls?: { cert: string | Buffer; key: string | Buffer } | undefined;
}

export function startServer(options: StartServerOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: options.app.fetch,
      hostname: options.host,
      port: options.port,
      ...(options.tls && {
        createServer: createHttpsServer,
        serverOptions: { cert: options.tls.cert, key: options.tls.key },
      }),
    }) as Server;
    server.once("error", reject);
    server.once("listening", () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(":") ? `[${options.host}]` : options.host;
      resolve({
        url: `${options.tls ? "https" : "http"}://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
