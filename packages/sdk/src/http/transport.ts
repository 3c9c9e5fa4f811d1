import type * as z from "zod/mini";
import { ApiError, RateLimitError } from "../errors/api-error.js";
import { QodError } from "../errors/qod-error.js";
import { redactText, redactValue, sanitizeCause } from "../errors/redact.js";
import { AbortError, ConnectionError, TimeoutError } from "../errors/transport-errors.js";
import { ResponseValidationError } from "../errors/validation-error.js";
import { CORRELATOR, correlatorSchema } from "../validation/leaf-schemas.js";
import { parseInput, toIssues } from "../validation/parse.js";
import { errorInfoSchema } from "../validation/response-schemas.js";
import type { ApiRequest } from "./api.js";
import type { Credentials, RequestHeaders } from "./auth.js";
import { type Clock, sleep } from "./clock.js";
import { backoffMs, isUnsent, MAX_RETRY_AFTER_MS, RETRYABLE_STATUSES, type RetryMode, retryAfterMs } from "./retry.js";
import type { SecretStore } from "./secrets.js";
import type { ServerTime } from "./server-time.js";
import { type SignalLease, SignalPool } from "./signals.js";

/** Options every network call takes. */
export interface CallOptions {
  /** Aborts the call (and any wait between retries). */
  signal?: AbortSignal | undefined;
  /** Milliseconds each attempt may take. @default the client's `timeout` */
  timeout?: number | undefined;
  /** Retries on top of the first attempt. @default the client's `maxRetries` */
  maxRetries?: number | undefined;
  /** The `x-correlator` to send. @default the client's `correlator()` */
  correlator?: string | undefined;
}

/** One operation of the contract: its name, whether it may be retried, and what it answers. */
export interface Operation<T> {
  /** The operationId, for messages. */
  readonly name: string;
  /** Retry policy. */
  readonly retry: RetryMode;
  /** Checks a successful body; without one the call answers undefined. */
  readonly schema?: z.ZodMiniType<T>;
}

/** Settings the transport runs with. */
export interface TransportSettings {
  clock: Clock;
  random: () => number;
  timeout: number;
  maxRetries: number;
  correlator: () => string;
  secrets: SecretStore;
  credentials: Credentials;
  /** Learns the provider's clock from each answer's `Date` header. */
  serverTime: ServerTime;
  /** The client's `fetch` option (it gets a Request); the global fetch when absent. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
}

const NO_OPTIONS: CallOptions = Object.freeze({});

/** The default correlator: a random UUID, which needs no checking before it is sent. */
export function randomCorrelator(): string {
  return globalThis.crypto.randomUUID();
}

/** The `x-correlator` the provider echoed, else the one sent. Read only when an error needs it. */
function correlatorOf(response: Response, sent: string): string {
  return response.headers.get("x-correlator") || sent;
}

/** An error body as JSON, or as text when it is not JSON. */
function errorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sends calls: timeouts, retries with backoff, and HTTP errors turned into typed errors. */
export class Transport {
  readonly #settings: TransportSettings;
  readonly #signals = new SignalPool();

  constructor(settings: TransportSettings) {
    this.#settings = settings;
  }

  /** Runs a call, retrying as its operation allows; throws QodErrors only. */
  async call<T>(operation: Operation<T>, request: ApiRequest, options: CallOptions = NO_OPTIONS): Promise<T> {
    // A malformed x-correlator makes providers answer 400; say so before sending.
    const generate = this.#settings.correlator;
    const correlator = options.correlator ?? generate();
    const checked = options.correlator === undefined && generate === randomCorrelator;
    if (!checked && (typeof correlator !== "string" || !CORRELATOR.test(correlator)))
      parseInput(correlatorSchema, correlator, { path: "correlator" });
    const maxRetries = options.maxRetries ?? this.#settings.maxRetries;
    for (let attempt = 0; ; attempt++) {
      let failure: QodError;
      try {
        return await this.#attempt(operation, request, correlator, options);
      } catch (error) {
        failure = error as QodError;
      }
      const delay = attempt < maxRetries ? this.#retryDelay(operation.retry, failure, attempt) : undefined;
      if (delay === undefined) throw failure;
      try {
        await sleep(this.#settings.clock, delay, options.signal);
      } catch {
        throw new AbortError(`${operation.name}: aborted by the caller while waiting to retry`);
      }
    }
  }

  #retryDelay(mode: RetryMode, error: QodError, attempt: number): number | undefined {
    const { random } = this.#settings;
    if (error instanceof RateLimitError) {
      // A 429 means the provider did nothing, so even a create may be sent again.
      if (error.retryAfter === undefined) return backoffMs(attempt, random);
      const ms = error.retryAfter * 1000;
      return ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
    }
    if (error instanceof ApiError) {
      return mode === "idempotent" && RETRYABLE_STATUSES.has(error.status) ? backoffMs(attempt, random) : undefined;
    }
    if (error instanceof ConnectionError) {
      return mode === "idempotent" || !error.requestMayHaveBeenSent ? backoffMs(attempt, random) : undefined;
    }
    if (error instanceof TimeoutError && mode === "idempotent") return backoffMs(attempt, random);
    return undefined;
  }

  // One controller per attempt: the timeout must abort the socket, and an aborted signal cannot be reused.
  async #attempt<T>(
    operation: Operation<T>,
    request: ApiRequest,
    correlator: string,
    options: CallOptions,
  ): Promise<T> {
    const { signal } = options;
    const timeout = options.timeout ?? this.#settings.timeout;
    if (signal?.aborted) throw new AbortError(`${operation.name}: aborted by the caller`);
    const lease: SignalLease = this.#signals.take();
    const { controller } = lease;
    const onAbort = signal && (() => controller.abort(signal.reason));
    if (onAbort) signal.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const cancelTimer = this.#settings.clock.schedule(timeout, () => {
      timedOut = true;
      controller.abort(new Error("timeout"));
    });
    let response: Response | undefined;
    try {
      let headers = this.#settings.credentials.headers(correlator, request.body !== undefined);
      if (headers instanceof Promise) headers = await headers;
      response = await this.#send(request, headers, controller.signal);
      this.#settings.serverTime.observe(response.headers.get("date"));
      // Read here rather than in a helper: one async step less per call.
      const text = response.body === null ? "" : await response.text();
      const body = text ? (response.ok ? JSON.parse(text) : errorBody(text)) : undefined;
      if (!response.ok) throw this.#apiError(response, body, correlatorOf(response, correlator), request);
      return this.#check(operation, response, body, correlator);
    } catch (error) {
      throw this.#classify(operation.name, error, response, correlator, timedOut, timeout, signal);
    } finally {
      cancelTimer();
      if (onAbort) signal.removeEventListener("abort", onAbort);
      this.#signals.give(lease);
    }
  }

  #send(request: ApiRequest, headers: RequestHeaders, signal: AbortSignal): Promise<Response> {
    // No window and redirects refused: fetch then sends the request as built instead of cloning
    // it (and teeing its body) first, which costs more than the rest of the SDK's work together.
    // A QoD API never redirects; following one could resend a create or carry the credentials to
    // another host.
    const init: RequestInit = {
      method: request.method,
      headers,
      body: request.body ?? null,
      signal,
      window: null,
      redirect: "error",
    };
    const custom = this.#settings.fetch;
    // The global fetch is looked up per call, as a caller may replace it.
    return custom ? custom(new Request(request.url, init)) : globalThis.fetch(request.url, init);
  }

  #check<T>(operation: Operation<T>, response: Response, data: unknown, sent: string): T {
    const { schema } = operation;
    if (!schema) return undefined as T;
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    const issues = toIssues(result.error);
    throw new ResponseValidationError(operation.name, response.status, correlatorOf(response, sent), issues);
  }

  #apiError(response: Response, rawBody: unknown, correlator: string, request: ApiRequest): ApiError {
    const secrets = this.#settings.secrets.values();
    const body = redactValue(rawBody, secrets);
    const parsed = errorInfoSchema.safeParse(body);
    const retryAfter = retryAfterMs(response.headers.get("retry-after"), this.#settings.clock.now());
    const message = parsed.success
      ? parsed.data.message
      : redactText(`HTTP ${response.status} ${response.statusText}`.trim(), secrets);
    return ApiError.from({
      status: response.status,
      code: parsed.success ? parsed.data.code : `HTTP_${response.status}`,
      // A 404 is often a wrong base URL: name the URL that was tried.
      message: response.status === 404 ? `${message} (${request.method} ${request.url})` : message,
      correlator,
      body,
      retryAfter: retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000),
    });
  }

  #classify(
    operation: string,
    error: unknown,
    response: Response | undefined,
    sent: string,
    timedOut: boolean,
    timeout: number,
    signal: AbortSignal | undefined,
  ): QodError {
    if (error instanceof QodError) return error;
    if (timedOut) return new TimeoutError(`${operation}: no response within ${timeout} ms`);
    if (signal?.aborted) return new AbortError(`${operation}: aborted by the caller`);
    if (error instanceof SyntaxError && response !== undefined) {
      return new ResponseValidationError(operation, response.status, correlatorOf(response, sent), [
        { path: "", message: "the body is not valid JSON" },
      ]);
    }
    const cause = sanitizeCause(error, this.#settings.secrets.values());
    const detail = cause.cause instanceof Error ? `${cause.message} (${cause.cause.message})` : cause.message;
    return new ConnectionError(`${operation}: ${detail}`, { cause, requestMayHaveBeenSent: !isUnsent(error) });
  }
}
