// Where the reconciler finds its slots: by key, by device (flows collide only within a device),
// and the sessions they own by intent (notifications name it) and by provider id (polling).
import { type Flow, flowsOverlap } from "@qod/sdk";
import type { SessionSpec } from "../model/session-spec.js";
import { Slot, type Tracked } from "./slot.js";

/** A session and the slot it serves. */
export interface SlotEntry {
  slot: Slot;
  tracked: Tracked;
}

export class SlotRegistry {
  readonly #slots = new Map<string, Slot>();
  readonly #byDevice = new Map<string, Set<Slot>>();
  readonly #bySession = new Map<string, SlotEntry>();
  readonly #byIntent = new Map<string, SlotEntry>();

  get size(): number {
    return this.#slots.size;
  }

  get(key: string): Slot | undefined {
    return this.#slots.get(key);
  }

  values(): IterableIterator<Slot> {
    return this.#slots.values();
  }

  /** The slot for `key`, made (and indexed by device) when new. */
  ensure(key: string, spec: SessionSpec): Slot {
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = new Slot(key, spec);
      this.#slots.set(key, slot);
      const peers = this.#byDevice.get(slot.device) ?? new Set<Slot>();
      peers.add(slot);
      this.#byDevice.set(slot.device, peers);
    }
    return slot;
  }

  /** Forgets a slot; returns the other slots of its device. */
  delete(slot: Slot): Slot[] {
    this.#slots.delete(slot.key);
    const peers = this.#byDevice.get(slot.device);
    peers?.delete(slot);
    if (peers?.size === 0) this.#byDevice.delete(slot.device);
    return [...(peers ?? [])];
  }

  /** Slots of `device` (other than `except`) whose flow overlaps `flow`, as a provider decides. */
  *colliding(device: string, flow: Flow, except?: Slot): Generator<Slot> {
    for (const other of this.#byDevice.get(device) ?? []) {
      if (other !== except && flowsOverlap(other.flow, flow)) yield other;
    }
  }

  trackIntent(intent: string, entry: SlotEntry): void {
    this.#byIntent.set(intent, entry);
  }

  untrackIntent(intent: string): void {
    this.#byIntent.delete(intent);
  }

  byIntent(intent: string): SlotEntry | undefined {
    return this.#byIntent.get(intent);
  }

  trackSession(sessionId: string, entry: SlotEntry): void {
    this.#bySession.set(sessionId, entry);
  }

  untrackSession(sessionId: string): void {
    this.#bySession.delete(sessionId);
  }

  bySession(sessionId: string): SlotEntry | undefined {
    return this.#bySession.get(sessionId);
  }
}
