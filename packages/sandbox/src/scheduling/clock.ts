import type { PendingChanges } from "../storage/pending-changes.js";
import type { StoredClock } from "../storage/state-rows.js";
import { EventHeap, type HeapEntry } from "./event-heap.js";
import { checkSandboxTime } from "./time-range.js";

/** Runs at its due time; `at` is that time in ms since the epoch (sandbox time). */
export type ScheduledAction = (at: number) => void;
/** A handle returned by `schedule`, accepted by `cancel`. */
export type ScheduledTask = HeapEntry<ScheduledAction>;

/** The timer functions the realtime clock uses; injectable so tests need no real waiting. */
export interface TimerFunctions {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ClockOptions {
  /** Sandbox time at start, as a Date, an RFC 3339 string or ms since the epoch. @default the wall-clock time */
  start?: Date | string | number;
  /** When true, sandbox time also moves with the wall clock; when false it only moves on `advance`. @default false */
  realtime?: boolean;
  /** Wall-clock source in ms since the epoch. @default Date.now */
  wallClock?: () => number;
  /** Timers used to fire due events in realtime mode. @default the global setTimeout / clearTimeout */
  timers?: TimerFunctions;
}

// setTimeout refuses delays beyond a signed 32-bit number of ms.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The sandbox's clock. Scheduled events (activations, expiries, removals, notification retries)
 * sit in one priority queue and fire in time order when the clock reaches them; nothing scans
 * all sessions.
 */
export class SandboxClock {
  #realtime: boolean;
  #wall: () => number;
  #timers: TimerFunctions;
  #frozenNow: number;
  #offset = 0;
  #heap = new EventHeap<ScheduledAction>();
  #timer: unknown;
  #timerAt = Number.POSITIVE_INFINITY;
  #closed = false;
  #changes: PendingChanges | undefined;
  /** Runs when the realtime timer finds events due; the sandbox fires them in a transaction. @default sync() */
  onTimer: () => void = () => this.sync();

  constructor(options: ClockOptions = {}, changes?: PendingChanges) {
    this.#changes = changes;
    this.#realtime = options.realtime ?? false;
    this.#wall = options.wallClock ?? Date.now;
    this.#timers = options.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    };
    // Whole seconds by default, so sandbox timestamps read cleanly.
    const start =
      options.start === undefined ? Math.floor(this.#wall() / 1000) * 1000 : new Date(options.start).getTime();
    if (!Number.isFinite(start)) throw new TypeError(`clock start is not a valid time: ${String(options.start)}`);
    checkSandboxTime(start, "clock.start");
    this.#frozenNow = start;
    this.#offset = start - this.#wall();
  }

  /** Whether sandbox time moves with the wall clock. */
  get realtime(): boolean {
    return this.#realtime;
  }

  /** How many events are waiting. */
  get pending(): number {
    return this.#heap.size;
  }

  /** Sandbox time now. */
  now(): Date {
    return new Date(this.nowMs());
  }

  /** Sandbox time now, in ms since the epoch. */
  nowMs(): number {
    return this.#realtime ? this.#wall() + this.#offset : this.#frozenNow;
  }

  /** Whether an event is due now (firing it changes state). */
  hasDue(): boolean {
    const next = this.#heap.peek();
    return next !== undefined && next.at <= this.nowMs();
  }

  /** Moves sandbox time forward, firing every event due in that span in time order. */
  advance(seconds: number): Date {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError("seconds must be a finite number >= 0");
    const ms = Math.round(seconds * 1000);
    checkSandboxTime(this.nowMs() + ms, "seconds");
    if (this.#changes) this.#changes.clock = true;
    if (this.#realtime) {
      this.#offset += ms;
      this.sync();
      return this.now();
    }
    const target = this.#frozenNow + ms;
    let fired = 0;
    for (let next = this.#heap.peek(); next && next.at <= target; next = this.#heap.peek()) {
      this.#heap.remove(next);
      if (next.at > this.#frozenNow) this.#frozenNow = next.at;
      next.value(next.at);
      fired++;
    }
    this.#frozenNow = target;
    return this.now();
  }

  /** Fires the events that are already due (realtime mode, or events scheduled in the past). */
  sync(): number {
    const now = this.nowMs();
    let fired = 0;
    for (let next = this.#heap.peek(); next && next.at <= now; next = this.#heap.peek()) {
      this.#heap.remove(next);
      next.value(next.at);
      fired++;
    }
    this.#arm();
    return fired;
  }

  /** Runs `action` when sandbox time reaches `at` (ms since the epoch). */
  schedule(at: number, action: ScheduledAction): ScheduledTask {
    const task = this.#heap.push(at, action);
    if (this.#realtime && at < this.#timerAt) this.#arm();
    return task;
  }

  cancel(task: ScheduledTask | undefined): void {
    if (task) this.#heap.remove(task);
  }

  /** Sets sandbox time (a reset). Does not fire anything. */
  set(ms: number): void {
    checkSandboxTime(ms, "clock");
    if (this.#realtime) this.#offset = ms - this.#wall();
    else this.#frozenNow = ms;
    if (this.#changes) this.#changes.clock = true;
  }

  /** Sandbox time now, with the wall-clock time it was read at, as the database keeps it. */
  stored(): StoredClock {
    const wall = this.#wall();
    return { now: this.#realtime ? wall + this.#offset : this.#frozenNow, wall };
  }

  /** Takes the stored time: a realtime clock continues by the wall-clock time that passed since. */
  load(stored: StoredClock): void {
    if (this.#realtime) this.#offset = stored.now - stored.wall;
    else this.#frozenNow = stored.now;
  }

  /** The wall clock: now, for a reset back to it. */
  wallNow(): number {
    return Math.floor(this.#wall() / 1000) * 1000;
  }

  /** Drops every scheduled event (reset, reload). */
  clear(): void {
    this.#heap.clear();
    this.#disarm();
  }

  /** Stops the realtime timer; the clock still answers `now()`. */
  close(): void {
    this.#closed = true;
    this.#disarm();
  }

  #disarm(): void {
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
  }

  // One timer for the earliest event, re-armed after each firing: no periodic polling.
  #arm(): void {
    if (!this.#realtime || this.#closed) return;
    const next = this.#heap.peek();
    if (next && next.at === this.#timerAt) return;
    this.#disarm();
    if (!next) return;
    const delay = Math.min(Math.max(0, next.at - this.nowMs()), MAX_TIMER_MS);
    this.#timerAt = next.at;
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Number.POSITIVE_INFINITY;
      this.onTimer();
    }, delay);
  }
}
