// The daemon's one "things due at a time" structure: items on a min-heap keyed by when they are
// due, and a single timer for whatever moment the owner asks to be woken. The work queue, the
// poller and the lease registry each keep one, each with its own rule for when to wake.
import type { Clock } from "@qod/sdk";
import { type HeapNode, MinHeap } from "./min-heap.js";

export class TimerQueue<T> {
  readonly #clock: Clock;
  readonly #onWake: () => void;
  readonly #heap = new MinHeap<T>();
  readonly #nodes = new Map<T, HeapNode<T>>();
  #cancelTimer: (() => void) | undefined;
  #wakeAt = Number.POSITIVE_INFINITY;

  /** `onWake` runs when the armed moment comes (see wakeAt). */
  constructor(clock: Clock, onWake: () => void) {
    this.#clock = clock;
    this.#onWake = onWake;
  }

  get size(): number {
    return this.#nodes.size;
  }

  /** The earliest item and when it is due. */
  peek(): { item: T; at: number } | undefined {
    const top = this.#heap.peek();
    return top && { item: top.value, at: top.key };
  }

  /** Adds `item` due at `at` (ms), or moves it there. */
  schedule(item: T, at: number): void {
    const node = this.#nodes.get(item);
    if (node) this.#heap.update(node, at);
    else this.#nodes.set(item, this.#heap.push(at, item));
  }

  /** Takes `item` out; false when it was not in. */
  remove(item: T): boolean {
    const node = this.#nodes.get(item);
    if (!node) return false;
    this.#heap.remove(node);
    this.#nodes.delete(item);
    return true;
  }

  /** When the timer will wake the owner (infinity: not armed). */
  get wakeTime(): number {
    return this.#wakeAt;
  }

  /** Arms the one timer for `at` (infinity disarms it); nothing changes when it is already set for `at`. */
  wakeAt(at: number): void {
    if (at === this.#wakeAt) return;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    this.#wakeAt = at;
    if (at === Number.POSITIVE_INFINITY) return;
    this.#cancelTimer = this.#clock.schedule(at - this.#clock.now(), () => {
      this.#cancelTimer = undefined;
      this.#wakeAt = Number.POSITIVE_INFINITY;
      this.#onWake();
    });
  }
}
