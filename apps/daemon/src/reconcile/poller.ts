// The polling fallback: asks the provider for each owned session's status at an interval, for
// providers or networks where notifications never arrive. The rate is bounded whatever the
// number of sessions: at most `maxPerSecond` checks per second, the rest wait their turn.
import { type HeapNode, MinHeap } from "../time/min-heap.js";
import type { TimerHandle, TimeSource } from "../time/time-source.js";

/** Options for Poller. */
export interface PollerOptions {
  time: TimeSource;
  /** Seconds between two checks of one session. */
  intervalSeconds: number;
  /** Most checks started per second, over all sessions. */
  maxPerSecond: number;
  /** Starts a check of one session (the reconciler runs it with its own concurrency). */
  check: (sessionId: string) => void;
}

export class Poller {
  readonly #options: PollerOptions;
  readonly #heap = new MinHeap<string>();
  readonly #nodes = new Map<string, HeapNode<string>>();
  #timer: TimerHandle | undefined;
  #timerAt = Number.POSITIVE_INFINITY;
  #running = false;
  #lastTick = Number.NEGATIVE_INFINITY;

  constructor(options: PollerOptions) {
    this.#options = options;
  }

  get intervalMs(): number {
    return this.#options.intervalSeconds * 1000;
  }

  /** How many sessions are watched. */
  get size(): number {
    return this.#nodes.size;
  }

  start(): void {
    this.#running = true;
    this.#arm();
  }

  stop(): void {
    this.#running = false;
    this.#disarm();
  }

  /** Checks `sessionId` at `at` (ms) at the earliest; replaces its previous turn. */
  schedule(sessionId: string, at: number): void {
    const node = this.#nodes.get(sessionId);
    if (node) this.#heap.update(node, at);
    else this.#nodes.set(sessionId, this.#heap.push(at, sessionId));
    if (at < this.#timerAt) this.#arm();
  }

  /** Stops watching a session (deleted or ended). */
  forget(sessionId: string): void {
    const node = this.#nodes.get(sessionId);
    if (!node) return;
    this.#heap.remove(node);
    this.#nodes.delete(sessionId);
  }

  #tick(): void {
    const { time, maxPerSecond } = this.#options;
    const now = time.now();
    this.#lastTick = now;
    const burst = Math.max(1, Math.floor(maxPerSecond));
    for (let i = 0; i < burst; i++) {
      const top = this.#heap.peek();
      if (!top || top.key > now) break;
      // Its next turn, in case the check cannot run (an outage); a result moves it again.
      this.#heap.update(top, now + this.intervalMs);
      this.#options.check(top.value);
    }
    this.#arm();
  }

  #arm(): void {
    if (!this.#running) return;
    const top = this.#heap.peek();
    if (!top) {
      this.#disarm();
      return;
    }
    const { time, maxPerSecond } = this.#options;
    // Bursts of up to maxPerSecond checks, one period apart: that is the rate bound.
    const period = (1000 * Math.max(1, Math.floor(maxPerSecond))) / maxPerSecond;
    const at = Math.max(top.key, this.#lastTick + period, time.now());
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    this.#disarm();
    this.#timerAt = at;
    this.#timer = time.setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Number.POSITIVE_INFINITY;
      this.#tick();
    }, at - time.now());
  }

  #disarm(): void {
    if (this.#timer !== undefined) this.#options.time.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
  }
}
