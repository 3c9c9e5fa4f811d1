// One turn of a slot: plan, act, repeat until the plan says wait; a failure backs the slot off.

import { backoffDelay } from "@qod/sdk";
import { StoreUnavailableError } from "../store/journal.js";
import { describeError } from "./errors.js";
import { type Action, plan } from "./plan.js";
import type { ProfileCaps } from "./profile-caps.js";
import type { ResolvedReconcilerOptions } from "./reconciler-options.js";
import type { Slot } from "./slot.js";
import type { SlotRunner } from "./slot-runner.js";

// Actions one slot may take in a row before yielding (a safety net against a planning loop).
const MAX_ACTIONS_PER_TURN = 8;

/** What a turn needs from the reconciler. */
export interface TurnDeps {
  o: ResolvedReconcilerOptions;
  runner: SlotRunner;
  caps: ProfileCaps;
  /** True while another slot holds a session on this slot's flow. */
  flowBlocked: (slot: Slot) => boolean;
}

/** Runs one turn; returns when to look at the slot again, or "dropped" when it is finished. */
export async function takeTurn(slot: Slot, deps: TurnDeps): Promise<number | "dropped"> {
  try {
    const next = await actUntilWait(slot, deps);
    slot.failures = 0;
    slot.lastError = undefined;
    return next;
  } catch (error) {
    return failed(slot, error, deps.o);
  }
}

// Runs actions until the plan says wait; returns when to look again.
async function actUntilWait(slot: Slot, deps: TurnDeps): Promise<number | "dropped"> {
  const { o, runner } = deps;
  for (let i = 0; i < MAX_ACTIONS_PER_TURN; i++) {
    const action = await planFor(slot, deps);
    if (action.kind === "wait") return action.until;
    if (action.kind === "drop") return "dropped";
    if (o.gate.isOpen) return o.clock.now();
    await runner.run(slot, action);
  }
  return o.clock.now() + 1000;
}

async function planFor(slot: Slot, { o, caps, flowBlocked }: TurnDeps): Promise<Action> {
  return plan(slot, {
    now: o.clock.now(),
    marginMs: o.marginSeconds * 1000,
    sessionSeconds: o.sessionSeconds,
    extendSeconds: o.extendSeconds,
    cap: slot.wanted ? await caps.get(slot.spec.profile) : undefined,
    flowBlocked: flowBlocked(slot),
    recheckMs: Math.min(o.marginSeconds * 250, 30_000),
  });
}

function failed(slot: Slot, error: unknown, o: ResolvedReconcilerOptions): number {
  // Leases waiting for this slot's session hear at once that it cannot be recorded now.
  if (error instanceof StoreUnavailableError) slot.settleWaiters(error);
  const kind = o.classify(error);
  slot.failures++;
  slot.lastError = describeError(error);
  const level = kind === "outage" ? "warn" : "error";
  o.logger[level]({ slot: slot.key, kind, failures: slot.failures, error: slot.lastError }, "slot action failed");
  // Refusals are retried slowly (a declaration may be fixed upstream); outages back off to a minute.
  const base = kind === "rejected" || kind === "conflict" ? 30_000 : 1000;
  const max = kind === "rejected" || kind === "conflict" ? 10 * o.maxBackoffMs : o.maxBackoffMs;
  return o.clock.now() + backoffDelay(slot.failures, { baseMs: base, maxMs: max, random: o.random });
}
