// What the database holds, row by row, in the shapes the sandbox's services use.
import type { StoredToken } from "../auth/tokens.js";
import type { ActiveFault } from "../control/faults.js";
import type { RateLimit } from "../control/rate-limiter.js";
import type { StoredAssignment } from "../domain/assignments.js";
import type { DeviceRecord, ProfileRecord, SessionRecord } from "../domain/types.js";
import type { SessionEvent } from "../events/session-events.js";
import type { DeliveryRecord } from "../notifications/notifier.js";
import type { OutboxJob } from "../notifications/outbox.js";

/** A session as stored: everything but the caches derived from it. */
export type StoredSession = Omit<SessionRecord, "flow" | "task">;

/** Sandbox time `now` as it was at wall-clock time `wall` (ms), so a realtime clock continues. */
export interface StoredClock {
  now: number;
  wall: number;
}

/** The whole state, as loaded into the caches. */
export interface StoredState {
  clock: StoredClock | undefined;
  devices: DeviceRecord[];
  profiles: ProfileRecord[];
  sessions: StoredSession[];
  assignments: StoredAssignment[];
  tokens: StoredToken[];
  faults: ActiveFault[];
  limits: RateLimit[];
  outbox: OutboxJob[];
}

/** Rows to put and keys to delete. */
export interface RowChanges<T> {
  put: T[];
  remove: string[];
}

/** What one write transaction changes. */
export interface StateWrite {
  /** Empty every table first (a reset): the rest of the write is then the whole state. */
  reset: boolean;
  clock: StoredClock | undefined;
  devices: DeviceRecord[];
  profiles: ProfileRecord[];
  sessions: RowChanges<StoredSession>;
  assignments: RowChanges<StoredAssignment>;
  tokens: RowChanges<StoredToken>;
  /** The whole list, when it changed. */
  faults: ActiveFault[] | undefined;
  /** The whole list, when it changed. */
  limits: RateLimit[] | undefined;
  outbox: RowChanges<OutboxJob>;
  deliveries: DeliveryRecord[];
  sessionEvents: SessionEvent[];
}
