// Lets a lease request wait, bounded, for its slot's first session id.
import type { Clock } from "@qod/sdk";
import { SessionUnavailableError } from "./errors.js";
import type { Slot } from "./slot.js";

/** Resolves once the slot has a session id; rejects if the provider refuses or `timeoutMs` passes. */
export function waitForSession(slot: Slot, clock: Clock, timeoutMs: number): Promise<void> {
  if (slot.current?.sessionId !== undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const cancel = clock.schedule(timeoutMs, () => {
      slot.waiters = slot.waiters.filter((w) => w !== waiter);
      reject(new SessionUnavailableError(`no session yet: ${slot.lastError ?? "the provider has not answered"}`));
    });
    const waiter = {
      resolve: () => {
        cancel();
        resolve();
      },
      reject: (error: Error) => {
        cancel();
        reject(error);
      },
    };
    slot.waiters.push(waiter);
  });
}
