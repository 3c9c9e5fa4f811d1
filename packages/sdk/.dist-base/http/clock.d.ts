/** Time as the SDK sees it. Pass a fake one in tests to control retries and timeouts. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` once after `ms` milliseconds; the returned function cancels it. */
  schedule(ms: number, fn: () => void): () => void;
}
/** The real clock: Date.now and setTimeout. */
export declare const systemClock: Clock;
/** Resolves after `ms` on the clock; rejects with the signal's reason if it aborts first. */
export declare function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void>;
//# sourceMappingURL=clock.d.ts.map
