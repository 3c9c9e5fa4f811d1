// Stand-in for the change feed until the core publishes one: every saved change is reported as
// "state replaced", so streams resend a snapshot. Removed once core.changes exists.
import type { SandboxCore } from "../core.js";
import type { DeliveryRecord } from "../notifications/notifier.js";

export interface SessionEvent {
  sessionId: string;
  deviceId: string;
  clientId: string;
  at: string;
  kind: "created" | "activated" | "extended" | "terminated" | "expired" | "deleted" | "removed";
  duration?: number;
}

export type Change =
  | { kind: "session"; id: string }
  | { kind: "sessionEvent"; event: SessionEvent }
  | { kind: "device"; id: string }
  | { kind: "profile"; name: string }
  | { kind: "clock" }
  | { kind: "faults" }
  | { kind: "limits" }
  | { kind: "tokens" }
  | { kind: "delivery"; record: DeliveryRecord };

export interface ChangeBatch {
  revision: number;
  reload: boolean;
  changes: Change[];
}

export interface ChangeFeed {
  subscribe(listener: (batch: ChangeBatch) => void): () => void;
}

export function stubChangeFeed(core: SandboxCore): ChangeFeed {
  const listeners = new Set<(batch: ChangeBatch) => void>();
  let revision = 0;
  let pending = false;
  const markChanged = core.markChanged.bind(core);
  core.markChanged = () => {
    markChanged();
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      revision++;
      for (const listener of listeners) listener({ revision, reload: true, changes: [] });
    });
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
