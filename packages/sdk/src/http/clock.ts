/** Time as the SDK sees it. Pass a fake one in tests to control retries and timeouts. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` once after `ms` milliseconds; the returned function cancels it. */
  schedule(ms: number, fn: () => void): () => void;
}

/** Options for createSystemClock. */
export interface SystemClockOptions {
  /**
   * Whether a pending timer keeps Node running. A script awaiting a retry needs it; a
   * long-running service that exits on a signal does not want a timer to hold it open.
   * @default true
   */
  keepProcessAlive?: boolean;
}

// setTimeout fires at once for delays past a signed 32-bit number of ms (about 24.8 days), so a
// longer wait is taken in pieces.
const MAX_TIMER_MS = 2_147_483_647;

/** The real clock: Date.now and setTimeout, for delays of any length. */
export function createSystemClock(options: SystemClockOptions = {}): Clock {
  const keepProcessAlive = options.keepProcessAlive ?? true;
  return {
    now: () => Date.now(),
    schedule(ms, fn) {
      let left = Math.max(0, ms);
      let timer: ReturnType<typeof setTimeout>;
      const arm = () => {
        const step = Math.min(left, MAX_TIMER_MS);
        left -= step;
        timer = setTimeout(left > 0 ? arm : fn, step);
        // Node's timers have unref(); browsers' are plain numbers that never hold anything open.
        if (!keepProcessAlive) (timer as { unref?: () => void }).unref?.();
      };
      arm();
      return () => clearTimeout(timer);
    },
  };
}

/** The SDK's default clock; its timers keep the process alive until they fire. */
export const systemClock: Clock = /* @__PURE__ */ createSystemClock();

/** Resolves after `ms` on the clock; rejects with the signal's reason if it aborts first. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      cancel();
      reject(signal?.reason);
    };
    const cancel = clock.schedule(ms, () => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    });
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
