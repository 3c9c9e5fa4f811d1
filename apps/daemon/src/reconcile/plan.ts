// Decides the next thing to do for one slot. Pure: no I/O, no clock of its own, so every rule
// (extend before expiry, respect the cap, successors, finite sessions) is testable on its own.
import type { Slot } from "./slot.js";

/** Why a successor is created. */
export type SuccessorReason = "cap" | "terminated" | "expired" | "vanished";

export type Action =
  /** Delete the first retiring session (it blocks the flow, or it is no longer wanted). */
  | { kind: "retire" }
  /** Confirm an UNKNOWN current session with the provider (adopt it or mark it gone). */
  | { kind: "resolve" }
  /** Nobody wants the slot any more: retire its current session. */
  | { kind: "release" }
  /** Nothing left: forget the slot. */
  | { kind: "drop" }
  | { kind: "create"; duration: number }
  /** Ask the provider for the current session's status. */
  | { kind: "check" }
  | { kind: "extend"; seconds: number }
  /** The current session reached its cap: retire it so a successor can take the flow. */
  | { kind: "replace" }
  /** The current session ended (UNAVAILABLE or vanished). */
  | { kind: "end" }
  /** Nothing to do before `until` (ms; Infinity: until something changes). */
  | { kind: "wait"; until: number };

/** What the planner needs to know besides the slot. */
export interface PlanContext {
  /** ms since the epoch. */
  now: number;
  /** Extend (or replace) this long before expiry, in ms. */
  marginMs: number;
  /** Seconds asked for at create. */
  sessionSeconds: number;
  /** Seconds asked for per extension. */
  extendSeconds: number;
  /** The profile's maximum duration in seconds, when known. */
  cap: number | undefined;
  /** Another slot still holds a session on the same flow. */
  flowBlocked: boolean;
  /** Least time between two status checks of one session, in ms. */
  recheckMs: number;
}

const WAIT_FOREVER: Action = { kind: "wait", until: Number.POSITIVE_INFINITY };

export function plan(slot: Slot, ctx: PlanContext): Action {
  if (slot.retiring.length > 0) return { kind: "retire" };
  const c = slot.current;
  if (!slot.wanted) {
    if (!c) return slot.holders.size > 0 ? WAIT_FOREVER : { kind: "drop" };
    return c.status === "UNKNOWN" ? { kind: "resolve" } : { kind: "release" };
  }
  if (!c) {
    if (ctx.flowBlocked) return WAIT_FOREVER;
    const duration = Math.min(ctx.sessionSeconds, slot.target, ctx.cap ?? Number.POSITIVE_INFINITY);
    return { kind: "create", duration: Math.max(1, Math.floor(duration)) };
  }
  switch (c.status) {
    case "UNKNOWN":
      return { kind: "resolve" };
    case "CREATING":
      return WAIT_FOREVER;
    case "UNAVAILABLE":
      return { kind: "end" };
  }
  if (c.vanished) return { kind: "end" };
  if (c.checkWanted) return { kind: "check" };
  const nextCheck = c.checkedAt + ctx.recheckMs;
  const checkAt = (at: number): Action => {
    const when = Math.max(at, nextCheck);
    return ctx.now >= when ? { kind: "check" } : { kind: "wait", until: when };
  };
  // No expiry is known before activation; creation time + duration is the earliest it can be.
  if (c.status === "REQUESTED") return checkAt(c.createdAt + c.duration * 1000 - ctx.marginMs);
  if (c.expiresAt === undefined) return checkAt(ctx.now);
  const due = c.expiresAt - ctx.marginMs;
  if (ctx.now < due) return { kind: "wait", until: due };
  const limit = Math.min(c.capReached ? c.duration : (ctx.cap ?? Number.POSITIVE_INFINITY), slot.target);
  const room = limit - c.duration;
  if (room >= 1) return { kind: "extend", seconds: Math.floor(Math.min(ctx.extendSeconds, room)) };
  if (slot.keepAlive) return { kind: "replace" };
  // A finite session at its cap or its target runs out; look again once it has.
  return checkAt(c.expiresAt);
}
