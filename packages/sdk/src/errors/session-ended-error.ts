import type { QosStatus, StatusInfo } from "../domain/types.js";
import { QodError } from "./qod-error.js";

/** A wait for a status ended because the session (or assignment) became `UNAVAILABLE`, from which it never returns. */
export class SessionEndedError extends QodError {
  override name = "SessionEndedError";
  /** The session (or assignment) waited for. */
  readonly sessionId: string;
  /** Why the provider ended it, when it said. */
  readonly statusInfo: StatusInfo | undefined;

  /** `kind` names what ended: a `session`, or an `assignment` (QoS Provisioning). */
  constructor(sessionId: string, statusInfo: StatusInfo | undefined, wanted: readonly QosStatus[], kind = "session") {
    super(
      `${kind} ${sessionId} is UNAVAILABLE (${statusInfo ?? "no reason given"}) and will not become ${wanted.join(" or ")}`,
    );
    this.sessionId = sessionId;
    this.statusInfo = statusInfo;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), sessionId: this.sessionId, statusInfo: this.statusInfo };
  }
}
