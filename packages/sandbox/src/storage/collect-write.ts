import type { SandboxCore } from "../core.js";
import { toStoredAssignment } from "../domain/assignments.js";
import { toStoredSession } from "../domain/sessions.js";
import type { PendingChanges } from "./pending-changes.js";
import type { StateWrite } from "./state-rows.js";

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/** The rows one transaction writes: the changed keys' current values, or every row after a reset. */
export function collectWrite(core: SandboxCore, changes: PendingChanges): StateWrite {
  const { devices, profiles, sessions, assignments, tokens, notifier } = core;
  const write: StateWrite = {
    reset: changes.reset,
    clock: changes.clock || changes.reset ? core.clock.stored() : undefined,
    devices: [],
    profiles: [],
    sessions: { put: [], remove: [] },
    assignments: { put: [], remove: [] },
    tokens: { put: [], remove: [] },
    faults: changes.faults || changes.reset ? core.faults.list() : undefined,
    limits: changes.limits || changes.reset ? core.limiter.list() : undefined,
    outbox: { put: [], remove: [] },
    deliveries: changes.deliveries,
    sessionEvents: changes.sessionEvents,
  };
  if (changes.reset) {
    write.devices = devices.all();
    write.profiles = profiles.all();
    write.sessions.put = [...sessions.all()].map(toStoredSession);
    write.assignments.put = [...assignments.all()].map(toStoredAssignment);
    write.tokens.put = tokens.stored();
    write.outbox.put = notifier.jobs();
    return write;
  }
  write.devices = [...changes.devices].map((id) => devices.get(id)).filter(defined);
  write.profiles = [...changes.profiles].map((name) => profiles.get(name)).filter(defined);
  for (const id of changes.sessions) {
    const session = sessions.get(id);
    if (session) write.sessions.put.push(toStoredSession(session));
    else write.sessions.remove.push(id);
  }
  for (const id of changes.assignments) {
    const assignment = assignments.get(id);
    if (assignment) write.assignments.put.push(toStoredAssignment(assignment));
    else write.assignments.remove.push(id);
  }
  for (const hash of changes.tokens) {
    const token = tokens.storedOne(hash);
    if (token) write.tokens.put.push(token);
    else write.tokens.remove.push(hash);
  }
  for (const eventId of changes.outbox) {
    const job = notifier.job(eventId);
    if (job) write.outbox.put.push(job);
    else write.outbox.remove.push(eventId);
  }
  return write;
}
