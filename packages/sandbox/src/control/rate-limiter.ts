import type { PendingChanges } from "../storage/pending-changes.js";

/** A limit set through `POST /limits`; without a client id it applies to all requests together. */
export interface RateLimit {
  clientId?: string;
  requestsPerSecond: number;
}

interface Window {
  second: number;
  count: number;
}

const ALL = "\u0000all";

/**
 * Fixed one-second windows of real time: rate limits are about how fast a client calls, which
 * sandbox time (often frozen) cannot measure.
 */
export class RateLimiter {
  #wallClock: () => number;
  #limits = new Map<string, number>();
  #windows = new Map<string, Window>();

  #changes: PendingChanges;

  constructor(wallClock: () => number, changes: PendingChanges) {
    this.#wallClock = wallClock;
    this.#changes = changes;
  }

  get size(): number {
    return this.#limits.size;
  }

  /** Sets (or replaces) the limit of a client, or of all requests without one; returns it. */
  set(limit: RateLimit): RateLimit {
    this.#limits.set(limit.clientId ?? ALL, limit.requestsPerSecond);
    this.#windows.delete(limit.clientId ?? ALL);
    this.#changes.limits = true;
    return limit.clientId === undefined
      ? { requestsPerSecond: limit.requestsPerSecond }
      : { clientId: limit.clientId, requestsPerSecond: limit.requestsPerSecond };
  }

  /** Whether a limit for this client id (undefined: all requests) is set. */
  has(clientId: string | undefined): boolean {
    return this.#limits.has(clientId ?? ALL);
  }

  clear(): void {
    this.#limits.clear();
    this.#windows.clear();
    this.#changes.limits = true;
  }

  /** Replaces every limit with stored ones; windows already counted this second are kept. */
  load(limits: readonly RateLimit[]): void {
    this.#limits.clear();
    for (const limit of limits) this.#limits.set(limit.clientId ?? ALL, limit.requestsPerSecond);
  }

  list(): RateLimit[] {
    return [...this.#limits].map(([key, rps]) =>
      key === ALL ? { requestsPerSecond: rps } : { clientId: key, requestsPerSecond: rps },
    );
  }

  /** Counts a request; returns the seconds to wait when it goes beyond a limit. */
  hit(clientId: string): number | undefined {
    if (this.#limits.size === 0) return undefined;
    const now = this.#wallClock();
    const second = Math.floor(now / 1000);
    for (const key of [ALL, clientId]) {
      const limit = this.#limits.get(key);
      if (limit === undefined) continue;
      let window = this.#windows.get(key);
      if (!window || window.second !== second) {
        window = { second, count: 0 };
        this.#windows.set(key, window);
      }
      window.count++;
      if (window.count > limit) return Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000));
    }
    return undefined;
  }
}
