// Lets a lease request wait, bounded, for its slot's first session id.
import type { TimeSource } from "../time/time-source.js";
import { SessionUnavailableError } from "./errors.js";
import type { Slot } from "./slot.js";

/** Resolves once the slot has a session id; rejects if the provider refuses or `timeoutMs` passes. */
export function waitForSession(slot: Slot, time: TimeSource, timeoutMs: number): Promise<void> {
  if (slot.current?.sessionId !== undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = time.setTimeout(() => {
      slot.waiters = slot.waiters.filter((w) => w !== waiter);
      reject(new SessionUnavailableError(`no session yet: ${slot.lastError ?? "the provider has not answered"}`));
    }, timeoutMs);
    const waiter = {
      resolve: () => {
        time.clearTimeout(timer);
        resolve();
      },
      reject: (error: Error) => {
        time.clearTimeout(timer);
        reject(error);
      },
    };
    slot.waiters.push(waiter);
  });
}
