import type {
  Assignment,
  Change,
  Delivery,
  DeviceView,
  Fault,
  Profile,
  RateLimit,
  ServedApi,
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
  /** The API versions the sandbox serves (they never change while it runs). */
  apis: ServedApi[];
  sessions: ReadonlyMap<string, Session>;
  assignments: ReadonlyMap<string, Assignment>;
  devices: DeviceView[];
  profiles: Profile[];
  faults: Fault[];
  limits: RateLimit[];
  sessionEvents: SessionEvent[];
  deliveries: Delivery[];
}

const lastOf = <T>(items: T[], keep: number): T[] => (items.length > keep ? items.slice(-keep) : items);

/** The map with the changed items put in and the removed ids taken out; the same map when nothing changed. */
function merged<T>(
  items: ReadonlyMap<string, T>,
  idOf: (item: T) => string,
  changed: T[] = [],
  removed: string[] = [],
): ReadonlyMap<string, T> {
  if (changed.length === 0 && removed.length === 0) return items;
  const next = new Map(items);
  for (const item of changed) next.set(idOf(item), item);
  for (const id of removed) next.delete(id);
  return next;
}

const sessionId = (s: Session) => s.sessionId;
const assignmentId = (a: Assignment) => a.assignmentId;

export function fromSnapshot(snapshot: Snapshot, receivedAt: number): DashboardState {
  return {
    revision: snapshot.revision,
    nowMs: Date.parse(snapshot.now),
    realtime: snapshot.realtime,
    receivedAt,
    apis: snapshot.apis,
    sessions: merged(new Map(), sessionId, snapshot.sessions),
    assignments: merged(new Map(), assignmentId, snapshot.assignments),
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
  return {
    revision: change.revision,
    nowMs: Date.parse(change.now),
    realtime: change.realtime,
    receivedAt,
    apis: state.apis,
    sessions: merged(state.sessions, sessionId, change.sessions, change.removedSessions),
    assignments: merged(state.assignments, assignmentId, change.assignments, change.removedAssignments),
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
