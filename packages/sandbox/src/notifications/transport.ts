import type { Agent } from "node:https";

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

interface Https {
  agent: Agent;
  request: typeof import("node:https").request;
}

/**
 * POSTs over HTTPS only: the contract's sinks are https URLs. node:https (and TLS with it) is
 * loaded with the first notification, as most sandboxes never send one.
 */
export class HttpsTransport implements NotificationTransport {
  #https: Promise<Https> | undefined;
  #ca: HttpsTransportOptions["ca"];
  #timeoutMs: number;
  #closed = false;

  constructor(options: HttpsTransportOptions = {}) {
    this.#ca = options.ca;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  #load(): Promise<Https> {
    this.#https ??= import("node:https").then(({ Agent, request }) => ({
      agent: new Agent({ keepAlive: true, ...(this.#ca === undefined ? {} : { ca: this.#ca }) }),
      request,
    }));
    return this.#https;
  }

  async post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    const target = new URL(url);
    if (target.protocol !== "https:") throw new Error("only https sinks are supported");
    const { agent, request } = await this.#load();
    // Closed while node:https was loading: send nothing, as a closed agent would have.
    if (this.#closed) throw new Error("the notification transport is closed");
    return new Promise((resolve, reject) => {
      const req = request(
        target,
        {
          method: "POST",
          agent,
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
    this.#closed = true;
    void this.#https?.then(({ agent }) => agent.destroy());
  }
}
