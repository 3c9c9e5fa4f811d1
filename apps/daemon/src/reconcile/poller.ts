// The polling fallback: asks the provider for each owned session's status at an interval, for
// providers or networks where notifications never arrive. The rate is bounded whatever the
// number of sessions: at most `maxPerSecond` checks per second, the rest wait their turn.
import type { Clock } from "@qod/sdk";
import { TimerQueue } from "../time/timer-queue.js";

/** Options for Poller. */
export interface PollerOptions {
  clock: Clock;
  /** Seconds between two checks of one session. */
  intervalSeconds: number;
  /** Most checks started per second, over all sessions. */
  maxPerSecond: number;
  /** Starts a check of one session (the reconciler runs it with its own concurrency). */
  check: (sessionId: string) => void;
}

export class Poller {
  readonly #options: PollerOptions;
  readonly #due: TimerQueue<string>;
  #running = false;
  #lastTick = Number.NEGATIVE_INFINITY;

  constructor(options: PollerOptions) {
    this.#options = options;
    this.#due = new TimerQueue(options.clock, () => this.#tick());
  }

  get intervalMs(): number {
    return this.#options.intervalSeconds * 1000;
  }

  /** How many sessions are watched. */
  get size(): number {
    return this.#due.size;
  }

  start(): void {
    this.#running = true;
    this.#arm();
  }

  stop(): void {
    this.#running = false;
    this.#due.wakeAt(Number.POSITIVE_INFINITY);
  }

  /** Checks `sessionId` at `at` (ms) at the earliest; replaces its previous turn. */
  schedule(sessionId: string, at: number): void {
    this.#due.schedule(sessionId, at);
    if (at < this.#due.wakeTime) this.#arm();
  }

  /** Stops watching a session (deleted or ended). */
  forget(sessionId: string): void {
    this.#due.remove(sessionId);
  }

  #tick(): void {
    const { clock, maxPerSecond } = this.#options;
    const now = clock.now();
    this.#lastTick = now;
    const burst = Math.max(1, Math.floor(maxPerSecond));
    for (let i = 0; i < burst; i++) {
      const top = this.#due.peek();
      if (!top || top.at > now) break;
      // Its next turn, in case the check cannot run (an outage); a result moves it again.
      this.#due.schedule(top.item, now + this.intervalMs);
      this.#options.check(top.item);
    }
    this.#arm();
  }

  #arm(): void {
    if (!this.#running) return;
    const top = this.#due.peek();
    if (!top) {
      this.#due.wakeAt(Number.POSITIVE_INFINITY);
      return;
    }
    const { clock, maxPerSecond } = this.#options;
    // Bursts of up to maxPerSecond checks, one period apart: that is the rate bound.
    const period = (1000 * Math.max(1, Math.floor(maxPerSecond))) / maxPerSecond;
    const at = Math.max(top.at, this.#lastTick + period, clock.now());
    // An earlier wake-up stays: its tick re-arms.
    if (this.#due.wakeTime > at) this.#due.wakeAt(at);
  }
}
