// A slot is one wanted (device, flow, profile): the holders that want it (config entries and
// leases) and the upstream session currently serving it.

import type { Flow } from "@qod/sdk";
import { deviceKey, flowOfSpec, type SessionSpec } from "../model/session-spec.js";
import type { QosStatus } from "../upstream/upstream.js";

/** Who wants a slot. */
export interface Holder {
  /** `config:<name>` or `lease:<id>`. */
  id: string;
  /** Keep a session for as long as the holder exists. */
  keepAlive: boolean;
  /** Total seconds wanted (finite config sessions). */
  duration?: number | undefined;
}

/**
 * An upstream session the daemon owns. UNKNOWN: journaled but not confirmed with the provider
 * (after a restart, or a create whose answer was lost); CREATING: the create call is running.
 */
export interface Tracked {
  intent: string;
  sessionId: string | undefined;
  status: QosStatus | "UNKNOWN" | "CREATING";
  statusInfo: string | undefined;
  /** ms since the epoch. */
  startedAt: number | undefined;
  /** ms since the epoch. */
  expiresAt: number | undefined;
  /** Seconds. */
  duration: number;
  /** ms since the epoch, when the intent was written. */
  createdAt: number;
  /** How many times it was extended. */
  extensions: number;
  /** Ask the provider for its status at the next step. */
  checkWanted: boolean;
  /** A failed status check or a 404 showed the session no longer exists upstream. */
  vanished: boolean;
  /** An extension was granted less than asked: the profile's cap is reached. */
  capReached: boolean;
  /** ms since the epoch of the last status check (or of the create). */
  checkedAt: number;
  /** ms since the epoch, when it became UNAVAILABLE (from a notification or a check). */
  endedAt: number | undefined;
  /** A notification that arrived before the create call answered; applied once it has. */
  early?: { status: QosStatus; statusInfo: string | undefined; at: number | undefined } | undefined;
}

export class Slot {
  readonly key: string;
  /** The device, by its identifiers: slots of one device are checked for colliding flows. */
  readonly device: string;
  readonly flow: Flow;
  readonly spec: SessionSpec;
  readonly holders = new Map<string, Holder>();
  current: Tracked | undefined;
  /** Sessions being deleted (replaced or no longer wanted). */
  retiring: Tracked[] = [];
  /** A finite session that ran its duration: nothing more to do while it stays declared. */
  done = false;
  busy = false;
  /** Something changed while a step ran: step again at once. */
  dirty = false;
  failures = 0;
  lastError: string | undefined;
  /** When a wanted slot lost its AVAILABLE session (ms); cleared when a successor is AVAILABLE. */
  gapSince: number | undefined;
  lastGapSeconds: number | undefined;
  /** Upstream sessions created for this slot so far. */
  generations = 0;
  /** Waiting for their first session id (lease requests). */
  waiters: { resolve: () => void; reject: (error: Error) => void }[] = [];

  constructor(key: string, spec: SessionSpec) {
    this.key = key;
    this.device = deviceKey(spec.device);
    this.flow = flowOfSpec(spec);
    this.spec = spec;
  }

  get wanted(): boolean {
    return this.holders.size > 0 && !this.done;
  }

  get keepAlive(): boolean {
    for (const h of this.holders.values()) if (h.keepAlive) return true;
    return false;
  }

  /** Seconds of session wanted in total (Infinity for keep-alive). */
  get target(): number {
    if (this.keepAlive) return Number.POSITIVE_INFINITY;
    let most = 0;
    for (const h of this.holders.values()) most = Math.max(most, h.duration ?? 0);
    return most;
  }

  /** Settles the lease requests waiting for a session id. */
  settleWaiters(error?: Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) error ? w.reject(error) : w.resolve();
  }
}

/** A view of a slot for the API and logs. */
export interface SlotView {
  key: string;
  spec: SessionSpec;
  holders: string[];
  sessionId: string | undefined;
  status: Tracked["status"] | "NONE" | "DONE";
  statusInfo: string | undefined;
  startedAt: string | undefined;
  expiresAt: string | undefined;
  duration: number | undefined;
  extensions: number;
  generations: number;
  lastGapSeconds: number | undefined;
  lastError: string | undefined;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export function viewOf(slot: Slot): SlotView {
  const c = slot.current;
  return {
    key: slot.key,
    spec: slot.spec,
    holders: [...slot.holders.keys()],
    sessionId: c?.sessionId,
    status: c ? c.status : slot.done ? "DONE" : "NONE",
    statusInfo: c?.statusInfo,
    startedAt: iso(c?.startedAt),
    expiresAt: iso(c?.expiresAt),
    duration: c?.duration,
    extensions: c?.extensions ?? 0,
    generations: slot.generations,
    lastGapSeconds: slot.lastGapSeconds,
    lastError: slot.lastError,
  };
}

/** A fresh record for a session of this slot, before the provider has said anything of it. */
export function newTracked(intent: string, now: number, duration: number, status: Tracked["status"]): Tracked {
  return {
    intent,
    sessionId: undefined,
    status,
    statusInfo: undefined,
    startedAt: undefined,
    expiresAt: undefined,
    duration,
    createdAt: now,
    extensions: 0,
    checkWanted: false,
    vanished: false,
    capReached: false,
    checkedAt: now,
    endedAt: undefined,
  };
}
