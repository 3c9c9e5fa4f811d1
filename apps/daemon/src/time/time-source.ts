// Time as the daemon sees it. Everything long-running takes a TimeSource so tests can run
// 48 simulated hours in milliseconds (see ManualTime) instead of sleeping.

/** An opaque handle returned by `setTimeout`. */
export type TimerHandle = unknown;

/** Reads the time and arms one-shot timers. */
export interface TimeSource {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` after `ms` milliseconds; the timer never keeps the process alive. */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  /** Cancels a timer; a handle that already fired is ignored. */
  clearTimeout(handle: TimerHandle): void;
}

// setTimeout refuses delays beyond a signed 32-bit number of ms; longer waits are re-armed.
const MAX_TIMER_MS = 2_147_483_647;

/** The wall clock and Node's timers, unref'd so a pending timer never blocks exit. */
export const systemTime: TimeSource = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    return setTimeout(callback, Math.min(Math.max(0, ms), MAX_TIMER_MS)).unref();
  },
  clearTimeout(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};
