import type { DeliveryRecord } from "../notifications/notifier.js";
import type { ChangeBatch } from "./change-feed.js";
import type { SandboxReader } from "./sandbox-reader.js";
import { servedApis } from "./served-apis.js";
import type { SessionEvent } from "./session-events.js";

// The `data` of the event stream's messages (the contract's Snapshot and Change): each change
// already resolved to its new value, so a client never has to ask for the whole state again.

type StateSnapshot = ReturnType<SandboxReader["state"]>;
type Delivery = DeliveryRecord & { sink?: string };
type SinkOf = (record: DeliveryRecord) => unknown;

function withSink(record: DeliveryRecord, sinkOf: SinkOf): Delivery {
  const sink = sinkOf(record);
  return typeof sink === "string" ? { ...record, sink } : record;
}

export function snapshotMessage(reader: SandboxReader, revision: number) {
  const state = reader.state();
  const sinks = new Map(state.sessions.map((s) => [s.sessionId as string, s.sink]));
  const assignmentSinks = new Map(state.assignments.map((a) => [a.assignmentId as string, a.sink]));
  const sinkOf: SinkOf = (d) => (d.subject === "assignment" ? assignmentSinks : sinks).get(d.sessionId);
  return {
    revision,
    now: state.now,
    realtime: state.realtime,
    apis: servedApis(),
    devices: state.devices,
    profiles: state.profiles,
    sessions: state.sessions,
    assignments: state.assignments,
    faults: state.faults,
    limits: state.limits,
    sessionEvents: reader.sessionEvents(),
    deliveries: reader.deliveries().map((d) => withSink(d, sinkOf)),
  };
}

/** The current value of each id that changed, and the ids that are gone. */
function resolve<T>(ids: Iterable<string>, read: (id: string) => T | undefined): { changed: T[]; removed: string[] } {
  const changed: T[] = [];
  const removed: string[] = [];
  for (const id of ids) {
    const value = read(id);
    if (value) changed.push(value);
    else removed.push(id);
  }
  return { changed, removed };
}

export function changeMessage(reader: SandboxReader, batch: ChangeBatch) {
  let state: StateSnapshot | undefined;
  const whole = () => {
    state ??= reader.state();
    return state;
  };
  const sessionIds = new Set<string>();
  const assignmentIds = new Set<string>();
  const sessionEvents: SessionEvent[] = [];
  const deliveries: Delivery[] = [];
  const lists = new Set<"devices" | "profiles" | "faults" | "limits">();
  const sinkOf: SinkOf = (d) =>
    (d.subject === "assignment" ? reader.assignment(d.sessionId) : reader.session(d.sessionId))?.sink;
  for (const change of batch.changes) {
    if (change.kind === "session") sessionIds.add(change.id);
    else if (change.kind === "assignment") assignmentIds.add(change.id);
    else if (change.kind === "sessionEvent") sessionEvents.push(change.event);
    else if (change.kind === "delivery") deliveries.push(withSink(change.record, sinkOf));
    else if (change.kind === "device") lists.add("devices");
    else if (change.kind === "profile") lists.add("profiles");
    else if (change.kind === "faults" || change.kind === "limits") lists.add(change.kind);
  }
  const sessions = resolve(sessionIds, (id) => reader.session(id));
  const assignments = resolve(assignmentIds, (id) => reader.assignment(id));
  return {
    revision: batch.revision,
    ...reader.clock(),
    ...(sessions.changed.length > 0 ? { sessions: sessions.changed } : {}),
    ...(sessions.removed.length > 0 ? { removedSessions: sessions.removed } : {}),
    ...(assignments.changed.length > 0 ? { assignments: assignments.changed } : {}),
    ...(assignments.removed.length > 0 ? { removedAssignments: assignments.removed } : {}),
    ...(sessionEvents.length > 0 ? { sessionEvents } : {}),
    ...(deliveries.length > 0 ? { deliveries } : {}),
    ...Object.fromEntries([...lists].map((list) => [list, whole()[list]])),
  };
}
