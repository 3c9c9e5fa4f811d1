import type { DeliveryRecord } from "../notifications/notifier.js";
import type { ChangeBatch } from "./change-feed.js";
import type { OwnedSession, SandboxReader } from "./sandbox-reader.js";
import type { SessionEvent } from "./session-events.js";

// The `data` of the event stream's messages (the contract's Snapshot and Change): each change
// already resolved to its new value, so a client never has to ask for the whole state again.

type StateSnapshot = ReturnType<SandboxReader["state"]>;
type Delivery = DeliveryRecord & { sink?: string };

function withSink(record: DeliveryRecord, sinkOf: (sessionId: string) => unknown): Delivery {
  const sink = sinkOf(record.sessionId);
  return typeof sink === "string" ? { ...record, sink } : record;
}

export function snapshotMessage(reader: SandboxReader, revision: number) {
  const state = reader.state();
  const sinks = new Map(state.sessions.map((s) => [s.sessionId as string, s.sink]));
  return {
    revision,
    now: state.now,
    realtime: state.realtime,
    devices: state.devices,
    profiles: state.profiles,
    sessions: state.sessions,
    faults: state.faults,
    limits: state.limits,
    sessionEvents: reader.sessionEvents(),
    deliveries: reader.deliveries().map((d) => withSink(d, (id) => sinks.get(id))),
  };
}

export function changeMessage(reader: SandboxReader, batch: ChangeBatch) {
  let state: StateSnapshot | undefined;
  const whole = () => {
    state ??= reader.state();
    return state;
  };
  const sessions = new Map<string, OwnedSession | undefined>();
  const sessionEvents: SessionEvent[] = [];
  const deliveries: Delivery[] = [];
  const lists = new Set<"devices" | "profiles" | "faults" | "limits">();
  for (const change of batch.changes) {
    if (change.kind === "session") sessions.set(change.id, undefined);
    else if (change.kind === "sessionEvent") sessionEvents.push(change.event);
    else if (change.kind === "delivery") deliveries.push(withSink(change.record, (id) => reader.session(id)?.sink));
    else if (change.kind === "device") lists.add("devices");
    else if (change.kind === "profile") lists.add("profiles");
    else if (change.kind === "faults" || change.kind === "limits") lists.add(change.kind);
  }
  const changed: OwnedSession[] = [];
  const removed: string[] = [];
  for (const id of sessions.keys()) {
    const session = reader.session(id);
    if (session) changed.push(session);
    else removed.push(id);
  }
  return {
    revision: batch.revision,
    ...reader.clock(),
    ...(changed.length > 0 ? { sessions: changed } : {}),
    ...(removed.length > 0 ? { removedSessions: removed } : {}),
    ...(sessionEvents.length > 0 ? { sessionEvents } : {}),
    ...(deliveries.length > 0 ? { deliveries } : {}),
    ...Object.fromEntries([...lists].map((list) => [list, whole()[list]])),
  };
}
