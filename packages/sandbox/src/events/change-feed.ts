import type { DeliveryRecord } from "../notifications/notifier.js";
import type { SessionEvent } from "./session-events.js";

/** One thing a committed transaction changed; look the item up for its current value. */
export type Change =
  /** Created, changed or removed: `sandbox.state.session(id)` is undefined once it is gone. */
  | { kind: "session"; id: string }
  | { kind: "sessionEvent"; event: SessionEvent }
  /** A QoS Provisioning assignment created, changed or removed. */
  | { kind: "assignment"; id: string }
  | { kind: "device"; id: string }
  | { kind: "profile"; name: string }
  | { kind: "clock" }
  | { kind: "faults" }
  | { kind: "limits" }
  | { kind: "tokens" }
  | { kind: "delivery"; record: DeliveryRecord };

/** What one commit changed, or, with `reload`, that the whole state was replaced (a reset, or another process wrote). */
export interface ChangeBatch {
  /** The state's revision after the change; every committed write bumps it. */
  revision: number;
  reload: boolean;
  changes: Change[];
}

export type ChangeListener = (batch: ChangeBatch) => void;

/** Tells subscribers what each committed transaction changed, after the commit. */
export class ChangeFeed {
  #listeners = new Set<ChangeListener>();

  get subscribers(): number {
    return this.#listeners.size;
  }

  /** Calls `listener` after every commit; returns the function that stops it. */
  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(batch: ChangeBatch): void {
    for (const listener of this.#listeners) listener(batch);
  }
}
