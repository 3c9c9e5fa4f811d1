import { Agent, request } from "node:https";

/** Sends one notification; resolves with the receiver's HTTP status, rejects on connection errors. */
export interface NotificationTransport {
  post(url: string, body: string, headers: Record<string, string>): Promise<number>;
  close(): void;
}

export interface HttpsTransportOptions {
  /** Extra trusted CA certificates (PEM), e.g. a test receiver's self-signed one. @default the system's CAs */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Time to wait for a receiver, in ms (real time). @default 10000 */
  timeoutMs?: number;
}

/** POSTs over HTTPS only: the contract's sinks are https URLs. */
export class HttpsTransport implements NotificationTransport {
  #agent: Agent;
  #timeoutMs: number;

  constructor(options: HttpsTransportOptions = {}) {
    this.#agent = new Agent({ keepAlive: true, ...(options.ca === undefined ? {} : { ca: options.ca }) });
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      if (target.protocol !== "https:") {
        reject(new Error("only https sinks are supported"));
        return;
      }
      const req = request(
        target,
        {
          method: "POST",
          agent: this.#agent,
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          timeout: this.#timeoutMs,
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`no answer within ${this.#timeoutMs} ms`)));
      req.on("error", reject);
      req.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
