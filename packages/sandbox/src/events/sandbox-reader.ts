import { assignmentInfo } from "../api/session-shapes.js";
import type { ControlService, StateSnapshot } from "../control/control-service.js";
import type { SandboxCore } from "../core.js";
import { toSessionInfo } from "../domain/sessions.js";
import type { DeliveryRecord } from "../notifications/notifier.js";
import type { SessionEvent } from "./session-events.js";

/** A record as the control API shows it: its API shape plus its owner. */
type Owned<Id extends string> = Record<string, unknown> & Record<Id, string> & { clientId: string; deviceId: string };

/** A session as the control API shows it: SessionInfo plus its owner. */
export type OwnedSession = Owned<"sessionId">;
/** A QoS assignment as the control API shows it: AssignmentInfo plus its owner. */
export type OwnedAssignment = Owned<"assignmentId">;

/** What the event stream reads from the sandbox to turn changes into values. */
export interface SandboxReader {
  /** The revision of the state the sandbox holds. */
  revision(): number;
  clock(): { now: string; realtime: boolean };
  session(id: string): OwnedSession | undefined;
  assignment(id: string): OwnedAssignment | undefined;
  state(): StateSnapshot;
  sessionEvents(): SessionEvent[];
  deliveries(): DeliveryRecord[];
}

/** One session as the control API shows it; undefined once it is gone. */
export function ownedSession(core: SandboxCore, id: string): OwnedSession | undefined {
  return core.transact(false, () => {
    const session = core.sessions.get(id);
    return (
      session && { ...toSessionInfo(session), sessionId: id, clientId: session.clientId, deviceId: session.deviceId }
    );
  });
}

/** One QoS assignment as the control API shows it; undefined once it is gone. */
export function ownedAssignment(core: SandboxCore, id: string): OwnedAssignment | undefined {
  return core.transact(false, () => {
    const assignment = core.assignments.get(id);
    return (
      assignment && {
        ...assignmentInfo(assignment),
        assignmentId: id,
        clientId: assignment.clientId,
        deviceId: assignment.deviceId,
      }
    );
  });
}

export function sandboxReader(core: SandboxCore, control: ControlService): SandboxReader {
  return {
    revision: () => core.revision,
    clock: () => control.clock(),
    session: (id) => ownedSession(core, id),
    assignment: (id) => ownedAssignment(core, id),
    state: () => control.state(),
    sessionEvents: () => control.sessionEvents(),
    deliveries: () => control.notifications(),
  };
}
