import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Certificate {
  cert: string;
  key: string;
}

let cached: Certificate | undefined;

/** A self-signed certificate for 127.0.0.1, made with the openssl CLI once per test process. */
export function selfSignedCertificate(): Certificate {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), "qod-sandbox-cert-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
      ],
      { stdio: "ignore" },
    );
    cached = { cert: readFileSync(join(dir, "cert.pem"), "utf8"), key: readFileSync(join(dir, "key.pem"), "utf8") };
    return cached;
  } catch (error) {
    throw new Error(
      `the notification tests need the openssl CLI to make a test certificate: ${(error as Error).message}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReceivedNotification {
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

export interface Receiver {
  /** The sink URL. */
  url: string;
  received: ReceivedNotification[];
  /** Statuses to answer with, in order; 204 once they run out. */
  answers: number[];
  close(): Promise<void>;
}

/** An HTTPS notification receiver on 127.0.0.1 with a self-signed certificate. */
export async function startReceiver(certificate = selfSignedCertificate()): Promise<Receiver> {
  const received: ReceivedNotification[] = [];
  const answers: number[] = [];
  const server: Server = createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      text += chunk;
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(text) });
      const status = answers.shift() ?? 204;
      res.writeHead(status, status === 204 ? {} : { "content-type": "application/json" });
      res.end(status === 204 ? undefined : JSON.stringify({ status, code: "X", message: "test" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/notifications`,
    received,
    answers,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
