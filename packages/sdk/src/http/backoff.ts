// The one backoff rule of the toolkit (the SDK's retries and status polls, the daemon's
// reconcile, store and upstream retries): doubling from a base up to a bound, with some jitter
// taken off so that clients which failed together do not come back together.

/** Options for backoffDelay. */
export interface BackoffOptions {
  /** The first wait, in ms. */
  baseMs: number;
  /** The longest wait, in ms. */
  maxMs: number;
  /** Jitter source in [0, 1); absent: no jitter. */
  random?: () => number;
  /** The largest share of the wait that jitter takes off. @default 0.2 */
  jitter?: number;
}

/** The wait before retry number `attempt` (1 for the first retry), in ms. */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const doublings = Math.min(Math.max(attempt, 1) - 1, 30);
  const delay = Math.min(options.maxMs, options.baseMs * 2 ** doublings);
  return Math.round(delay * (1 - (options.jitter ?? 0.2) * (options.random?.() ?? 0)));
}
