// The reconciler's schedule: items keyed by the time they are next due, on one min-heap, with a
// single timer for the earliest one and at most `concurrency` items running at once. Idle items
// cost nothing; nothing is scanned.
import type { Clock } from "@qod/sdk";
import { TimerQueue } from "../time/timer-queue.js";

/** Options for WorkQueue. */
export interface WorkQueueOptions<T> {
  clock: Clock;
  /** Items run at once. */
  concurrency: number;
  /** Works on one item; the item is out of the queue until it is scheduled again. */
  run: (item: T) => Promise<void>;
  /** While true, nothing starts (the provider is down); call kick() when it turns false. */
  paused: () => boolean;
}

export class WorkQueue<T> {
  readonly #o: WorkQueueOptions<T>;
  readonly #due: TimerQueue<T>;
  #inFlight = 0;
  #running = false;
  #idle: (() => void)[] = [];

  constructor(options: WorkQueueOptions<T>) {
    this.#o = options;
    this.#due = new TimerQueue(options.clock, () => this.kick());
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  start(): void {
    this.#running = true;
    this.kick();
  }

  /** Starts nothing new; work in flight goes on. */
  stop(): void {
    this.#running = false;
    this.#due.wakeAt(Number.POSITIVE_INFINITY);
  }

  /** Runs `item` at `at` (ms) at the earliest; replaces its previous time. */
  schedule(item: T, at: number): void {
    this.#due.schedule(item, at);
    this.kick();
  }

  remove(item: T): void {
    this.#due.remove(item);
  }

  /** Starts what is due, as far as the concurrency allows, and re-arms the timer. */
  kick(): void {
    if (this.#running) {
      const now = this.#o.clock.now();
      while (this.#inFlight < this.#o.concurrency && !this.#o.paused()) {
        const top = this.#due.peek();
        if (!top || top.at > now) break;
        this.remove(top.item);
        this.#start(top.item);
      }
      this.#arm();
    }
    if (this.#idle.length > 0 && this.quiet) {
      const waiters = this.#idle;
      this.#idle = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** True when nothing runs and nothing is due now (or nothing may start). */
  get quiet(): boolean {
    if (this.#inFlight > 0) return false;
    if (!this.#running || this.#o.paused()) return true;
    const top = this.#due.peek();
    return !top || top.at > this.#o.clock.now();
  }

  /** Resolves when the queue is quiet. */
  settled(): Promise<void> {
    if (this.quiet) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #start(item: T): void {
    this.#inFlight++;
    this.#o.run(item).finally(() => {
      this.#inFlight--;
      this.kick();
    });
  }

  #arm(): void {
    const top = this.#due.peek();
    // A full pool is woken by a completion, a paused one by kick().
    const full = this.#o.paused() || this.#inFlight >= this.#o.concurrency;
    this.#due.wakeAt(!top || full ? Number.POSITIVE_INFINITY : top.at);
  }
}
