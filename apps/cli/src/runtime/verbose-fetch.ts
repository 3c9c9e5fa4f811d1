import { redactBody, redactHeader } from "./redact.js";

/** A fetch function as the SDK takes it. */
export type FetchFn = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** Options of {@link verboseFetch}. */
export interface VerboseFetchOptions {
  /** Receives one line at a time (stderr in the CLI). */
  log: (line: string) => void;
  /** Monotonic milliseconds, for the elapsed time. @default performance.now */
  now?: () => number;
}

/**
 * Wraps a fetch so each request and response is logged with credentials redacted: what
 * `--verbose` shows. Bodies are read from clones, so the caller still gets them.
 */
export function verboseFetch(inner: FetchFn, options: VerboseFetchOptions): FetchFn {
  const now = options.now ?? (() => performance.now());
  const { log } = options;
  return async (input, init) => {
    const request = new Request(input, init);
    log(`> ${request.method} ${request.url}`);
    request.headers.forEach((value, name) => {
      log(`> ${name}: ${redactHeader(name, value)}`);
    });
    if (request.body !== null) log(`> ${redactBody(await request.clone().text())}`);
    const started = now();
    let response: Response;
    try {
      response = await inner(request);
    } catch (error) {
      log(`< failed after ${Math.round(now() - started)} ms: ${(error as Error).name}`);
      throw error;
    }
    const reason = response.statusText ? ` ${response.statusText}` : "";
    log(`< ${response.status}${reason} (${Math.round(now() - started)} ms)`);
    response.headers.forEach((value, name) => {
      log(`< ${name}: ${redactHeader(name, value)}`);
    });
    const text = await response.clone().text();
    if (text !== "") log(`< ${redactBody(text)}`);
    return response;
  };
}
