import type { Clock } from "@qod/sdk";

interface ManualTimer {
  at: number;
  seq: number;
  callback: () => void;
  cancelled: boolean;
}

/** Options for ManualTime. */
export interface ManualTimeOptions {
  /** Where "now" comes from, e.g. a sandbox's virtual clock; when absent ManualTime keeps its own. */
  now?: () => number;
  /** Start time in ms since the epoch when ManualTime keeps its own clock. @default 0 */
  start?: number;
}

/**
 * A Clock that only moves when told to. `fireDue()` runs the timers that are due at the
 * current time in order; the caller advances the underlying clock (its own, or a sandbox's)
 * between calls. Used by the tests and the benchmark to simulate hours without waiting.
 */
export class ManualTime implements Clock {
  #external: (() => number) | undefined;
  #now: number;
  #timers: ManualTimer[] = [];
  #seq = 0;

  constructor(options: ManualTimeOptions = {}) {
    this.#external = options.now;
    this.#now = options.start ?? 0;
  }

  now(): number {
    return this.#external ? this.#external() : this.#now;
  }

  schedule(ms: number, callback: () => void): () => void {
    const timer: ManualTimer = { at: this.now() + Math.max(0, ms), seq: this.#seq++, callback, cancelled: false };
    this.#timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** When the earliest pending timer is due, or undefined when none is pending. */
  nextDue(): number | undefined {
    this.#prune();
    let next: number | undefined;
    for (const t of this.#timers) if (next === undefined || t.at < next) next = t.at;
    return next;
  }

  /** Moves the own clock to `ms` (only without an external clock). */
  set(ms: number): void {
    if (this.#external) throw new Error("ManualTime follows an external clock; advance that clock instead");
    this.#now = ms;
  }

  /** Runs every timer due now, earliest first (timers armed by callbacks run too if due). Returns how many ran. */
  fireDue(): number {
    let fired = 0;
    for (;;) {
      this.#prune();
      const now = this.now();
      let next: ManualTimer | undefined;
      for (const t of this.#timers) {
        if (t.at <= now && (!next || t.at < next.at || (t.at === next.at && t.seq < next.seq))) next = t;
      }
      if (!next) return fired;
      next.cancelled = true;
      next.callback();
      fired++;
    }
  }

  #prune(): void {
    if (this.#timers.some((t) => t.cancelled)) this.#timers = this.#timers.filter((t) => !t.cancelled);
  }
}
