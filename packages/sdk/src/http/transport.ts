import type { Middleware } from "@qod/api-client";
import { ApiError, RateLimitError } from "../errors/api-error.js";
import { QodError } from "../errors/qod-error.js";
import { redactText, redactValue, sanitizeCause } from "../errors/redact.js";
import { AbortError, ConnectionError, TimeoutError } from "../errors/transport-errors.js";
import { ResponseValidationError } from "../errors/validation-error.js";
import { CORRELATOR, correlatorSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";
import { errorInfoSchema } from "../validation/response-schemas.js";
import { type Clock, sleep } from "./clock.js";
import { type Exchange, exchangeMiddleware } from "./exchange.js";
import { backoffMs, isUnsent, MAX_RETRY_AFTER_MS, RETRYABLE_STATUSES, type RetryMode, retryAfterMs } from "./retry.js";
import type { SecretStore } from "./secrets.js";

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

/** What the typed client returns. */
export interface SendResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** One operation: how to send it, whether it may be retried, how to read its answer. */
export interface CallSpec<T> {
  /** The operationId, for messages. */
  operation: string;
  /** Retry policy. */
  retry: RetryMode;
  /** Sends one attempt through the typed client. */
  send(init: { signal: AbortSignal; middleware: Middleware[] }): Promise<SendResult>;
  /** Validates and maps a successful body. */
  parse(data: unknown, context: { status: number; correlator: string | undefined }): T;
}

/** Settings the transport runs with. */
export interface TransportSettings {
  clock: Clock;
  random: () => number;
  timeout: number;
  maxRetries: number;
  correlator: () => string;
  secrets: SecretStore;
}

/** Sends calls: timeouts, retries with backoff, and HTTP errors turned into typed errors. */
export class Transport {
  readonly #settings: TransportSettings;

  constructor(settings: TransportSettings) {
    this.#settings = settings;
  }

  /** Runs a call, retrying as its policy allows; throws QodErrors only. */
  async call<T>(spec: CallSpec<T>, options: CallOptions = {}): Promise<T> {
    // A malformed x-correlator makes providers answer 400; say so before sending.
    const correlator = options.correlator ?? this.#settings.correlator();
    if (typeof correlator !== "string" || !CORRELATOR.test(correlator))
      parseInput(correlatorSchema, correlator, { path: "correlator" });
    const maxRetries = options.maxRetries ?? this.#settings.maxRetries;
    for (let attempt = 0; ; attempt++) {
      let failure: QodError;
      try {
        return await this.#attempt(spec, correlator, options);
      } catch (error) {
        failure = error as QodError;
      }
      const delay = attempt < maxRetries ? this.#retryDelay(spec.retry, failure, attempt) : undefined;
      if (delay === undefined) throw failure;
      try {
        await sleep(this.#settings.clock, delay, options.signal);
      } catch {
        throw new AbortError(`${spec.operation}: aborted by the caller while waiting to retry`);
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

  async #attempt<T>(spec: CallSpec<T>, correlator: string, options: CallOptions): Promise<T> {
    const { signal } = options;
    const timeout = options.timeout ?? this.#settings.timeout;
    if (signal?.aborted) throw new AbortError(`${spec.operation}: aborted by the caller`);
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const cancelTimer = this.#settings.clock.schedule(timeout, () => {
      timedOut = true;
      controller.abort(new Error("timeout"));
    });
    const exchange: Exchange = { correlator };
    try {
      const result = await spec.send({ signal: controller.signal, middleware: [exchangeMiddleware(exchange)] });
      return this.#settle(spec, result, exchange);
    } catch (error) {
      throw this.#classify(spec.operation, error, exchange, timedOut, timeout, signal);
    } finally {
      cancelTimer();
      signal?.removeEventListener("abort", onAbort);
    }
  }

  #settle<T>(spec: CallSpec<T>, result: SendResult, exchange: Exchange): T {
    const { response } = result;
    const correlator = exchange.echoedCorrelator ?? exchange.correlator;
    if (response.ok) return spec.parse(result.data, { status: response.status, correlator });
    throw this.#apiError(response, result.error, correlator);
  }

  #apiError(response: Response, rawBody: unknown, correlator: string): ApiError {
    const secrets = this.#settings.secrets.values();
    const body = redactValue(rawBody, secrets);
    const parsed = errorInfoSchema.safeParse(body);
    const retryAfter = retryAfterMs(response.headers.get("retry-after"), this.#settings.clock.now());
    return ApiError.from({
      status: response.status,
      code: parsed.success ? parsed.data.code : `HTTP_${response.status}`,
      message: parsed.success
        ? parsed.data.message
        : redactText(`HTTP ${response.status} ${response.statusText}`.trim(), secrets),
      correlator,
      body,
      retryAfter: retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000),
    });
  }

  #classify(
    operation: string,
    error: unknown,
    exchange: Exchange,
    timedOut: boolean,
    timeout: number,
    signal: AbortSignal | undefined,
  ): QodError {
    if (error instanceof QodError) return error;
    if (timedOut) return new TimeoutError(`${operation}: no response within ${timeout} ms`);
    if (signal?.aborted) return new AbortError(`${operation}: aborted by the caller`);
    const correlator = exchange.echoedCorrelator ?? exchange.correlator;
    if (error instanceof SyntaxError && exchange.status !== undefined) {
      return new ResponseValidationError(operation, exchange.status, correlator, [
        { path: "", message: "the body is not valid JSON" },
      ]);
    }
    const cause = sanitizeCause(error, this.#settings.secrets.values());
    const detail = cause.cause instanceof Error ? `${cause.message} (${cause.cause.message})` : cause.message;
    return new ConnectionError(`${operation}: ${detail}`, { cause, requestMayHaveBeenSent: !isUnsent(error) });
  }
}
