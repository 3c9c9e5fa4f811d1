// Read-only tallies over the slots, for metrics, readiness and shutdown.
import type { QosStatus } from "../upstream/upstream.js";
import type { Slot, Tracked } from "./slot.js";

function owned(slot: Slot): Tracked[] {
  return slot.current ? [slot.current, ...slot.retiring] : slot.retiring;
}

/** Owned sessions by status (PENDING: being created or looked up). */
export function countByStatus(slots: Iterable<Slot>): Record<"PENDING" | QosStatus, number> {
  const counts = { PENDING: 0, REQUESTED: 0, AVAILABLE: 0, UNAVAILABLE: 0 };
  for (const slot of slots) {
    for (const t of owned(slot)) {
      if (t.status === "UNKNOWN" || t.status === "CREATING") counts.PENDING++;
      else counts[t.status]++;
    }
  }
  return counts;
}

/** Sessions still owned upstream (confirmed, or journaled and not yet looked up). */
export function countOwned(slots: Iterable<Slot>): number {
  let n = 0;
  for (const slot of slots) n += owned(slot).length;
  return n;
}

/** True when every journaled session has been confirmed with the provider. */
export function allRecovered(slots: Iterable<Slot>): boolean {
  for (const slot of slots) {
    if (owned(slot).some((t) => t.status === "UNKNOWN")) return false;
  }
  return true;
}
