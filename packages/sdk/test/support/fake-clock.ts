import type { Clock } from "../../src/index.js";

interface Timer {
  at: number;
  fn: () => void;
}

/** Lets pending promise callbacks run (no timing involved). */
export async function flush(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** A clock that only moves when the test says so. `sleeps` records every delay scheduled. */
export class FakeClock implements Clock {
  #now: number;
  #timers: Timer[] = [];
  /** Every delay scheduled, in ms, in order (timeouts and retry waits). */
  readonly sleeps: number[] = [];

  constructor(start = Date.parse("2026-11-21T10:00:00Z")) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  schedule(ms: number, fn: () => void): () => void {
    this.sleeps.push(ms);
    const timer: Timer = { at: this.#now + ms, fn };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  }

  /** Moves time forward, firing due timers in order and letting their callbacks run. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    await flush();
    for (;;) {
      const due = this.#timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((t) => t !== due);
      this.#now = due.at;
      due.fn();
      await flush();
    }
    this.#now = end;
    await flush();
  }
}
