// The one backoff rule of the daemon: doubling from a base to a bound, with up to 20% jitter
// taken off so many retries that failed together do not return together.

/** Options for backoffDelay. */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Jitter source in [0, 1); absent: no jitter. */
  random?: () => number;
}

/** The wait before retry number `attempt` (1 for the first retry), in ms. */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const delay = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(Math.max(attempt, 1) - 1, 30));
  return Math.round(delay * (1 - 0.2 * (options.random?.() ?? 0)));
}
