import type * as z from "zod/mini";
import type { ApiRequest } from "./api.js";
import type { Credentials } from "./auth.js";
import { type Clock } from "./clock.js";
import { type RetryMode } from "./retry.js";
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
  /** The client's `fetch` option (it gets a Request); the global fetch when absent. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
}
/** Sends calls: timeouts, retries with backoff, and HTTP errors turned into typed errors. */
export declare class Transport {
  #private;
  constructor(settings: TransportSettings);
  /** Runs a call, retrying as its operation allows; throws QodErrors only. */
  call<T>(operation: Operation<T>, request: ApiRequest, options?: CallOptions): Promise<T>;
}
//# sourceMappingURL=transport.d.ts.map
