import type { FetchFn } from "./verbose-fetch.js";

/** A failed control call, shaped like the SDK's API errors so it maps to the same exit codes. */
export class SandboxControlError extends Error {
  override name = "SandboxControlError";
  readonly status: number;
  readonly code: string;
  readonly correlator: string | undefined;

  constructor(status: number, code: string, message: string, correlator: string | undefined) {
    super(message);
    this.status = status;
    this.code = code;
    this.correlator = correlator;
  }
}

/** The sandbox's control API (`/sandbox/v1`), in-process or over HTTP. */
export class SandboxControl {
  #fetch: FetchFn;
  #base: string;
  #adminToken: string | undefined;

  /** `base` ends in `/sandbox/v1`; `adminToken` is needed only beyond loopback. */
  constructor(fetch: FetchFn, base: string, adminToken?: string) {
    this.#fetch = fetch;
    this.#base = base;
    this.#adminToken = adminToken;
  }

  /** One call; the parsed JSON body, or undefined for 204. */
  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.#adminToken) headers.authorization = `Bearer ${this.#adminToken}`;
    const response = await this.#fetch(`${this.#base}${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const data = text === "" ? undefined : safeJson(text);
    if (!response.ok) {
      const error = (data ?? {}) as { code?: unknown; message?: unknown };
      const notSandbox = response.status === 404 && typeof error.code !== "string";
      throw new SandboxControlError(
        response.status,
        typeof error.code === "string" ? error.code : `HTTP_${response.status}`,
        notSandbox
          ? `${this.#base} has no sandbox control API: is the base URL a 'qod sandbox start' server?`
          : typeof error.message === "string"
            ? error.message
            : response.statusText,
        response.headers.get("x-correlator") ?? undefined,
      );
    }
    return data as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}
