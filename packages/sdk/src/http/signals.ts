// Every attempt needs a signal its timeout can abort. Making an AbortController costs more than
// the rest of an attempt's own work, so a controller that was not aborted is lent again to later
// attempts, one attempt at a time. fetch leaves a listener on each signal it is given until
// garbage collection removes it (the listener only ever reaches its own, finished request), so a
// controller is retired after a few attempts to keep that list short. An aborted one is dropped.

/** Attempts a controller serves before it is retired. */
const MAX_USES = 8;
/** Idle controllers kept for concurrent calls. */
const MAX_IDLE = 4;

/** A controller lent to one attempt. */
export interface SignalLease {
  readonly controller: AbortController;
  uses: number;
}

/** Lends AbortControllers to attempts. */
export class SignalPool {
  readonly #idle: SignalLease[] = [];

  /** A controller for one attempt; give it back when the attempt has settled. */
  take(): SignalLease {
    const lease = this.#idle.pop();
    if (!lease) return { controller: new AbortController(), uses: 1 };
    lease.uses++;
    return lease;
  }

  /** Returns a controller after its attempt: kept unless aborted or worn out. */
  give(lease: SignalLease): void {
    if (lease.controller.signal.aborted || lease.uses >= MAX_USES || this.#idle.length >= MAX_IDLE) return;
    this.#idle.push(lease);
  }
}
