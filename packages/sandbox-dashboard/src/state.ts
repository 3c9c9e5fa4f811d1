import type {
  Change,
  Delivery,
  DeviceView,
  Fault,
  Profile,
  RateLimit,
  Session,
  SessionEvent,
  Snapshot,
} from "./api.js";

/** How many timeline entries and delivery attempts the page keeps. */
export const KEEP_EVENTS = 1000;
export const KEEP_DELIVERIES = 500;

/** What the page shows, rebuilt from the event stream's messages. */
export interface DashboardState {
  revision: number;
  /** Sandbox time when the last message arrived, in ms since the epoch. */
  nowMs: number;
  realtime: boolean;
  /** `performance.now()` when the last message arrived: realtime clocks move on from there. */
  receivedAt: number;
  sessions: ReadonlyMap<string, Session>;
  devices: DeviceView[];
  profiles: Profile[];
  faults: Fault[];
  limits: RateLimit[];
  sessionEvents: SessionEvent[];
  deliveries: Delivery[];
}

const lastOf = <T>(items: T[], keep: number): T[] => (items.length > keep ? items.slice(-keep) : items);

export function fromSnapshot(snapshot: Snapshot, receivedAt: number): DashboardState {
  return {
    revision: snapshot.revision,
    nowMs: Date.parse(snapshot.now),
    realtime: snapshot.realtime,
    receivedAt,
    sessions: new Map(snapshot.sessions.map((s) => [s.sessionId, s])),
    devices: snapshot.devices,
    profiles: snapshot.profiles,
    faults: snapshot.faults,
    limits: snapshot.limits,
    sessionEvents: lastOf(snapshot.sessionEvents, KEEP_EVENTS),
    deliveries: lastOf(snapshot.deliveries, KEEP_DELIVERIES),
  };
}

/** The state after one `change` message; parts the message does not carry are kept as they are. */
export function applyChange(state: DashboardState, change: Change, receivedAt: number): DashboardState {
  let sessions = state.sessions;
  if (change.sessions?.length || change.removedSessions?.length) {
    const next = new Map(sessions);
    for (const session of change.sessions ?? []) next.set(session.sessionId, session);
    for (const id of change.removedSessions ?? []) next.delete(id);
    sessions = next;
  }
  return {
    revision: change.revision,
    nowMs: Date.parse(change.now),
    realtime: change.realtime,
    receivedAt,
    sessions,
    devices: change.devices ?? state.devices,
    profiles: change.profiles ?? state.profiles,
    faults: change.faults ?? state.faults,
    limits: change.limits ?? state.limits,
    sessionEvents: change.sessionEvents?.length
      ? lastOf([...state.sessionEvents, ...change.sessionEvents], KEEP_EVENTS)
      : state.sessionEvents,
    deliveries: change.deliveries?.length
      ? lastOf([...state.deliveries, ...change.deliveries], KEEP_DELIVERIES)
      : state.deliveries,
  };
}
