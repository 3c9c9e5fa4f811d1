import { QodError } from "./qod-error.js";

/** One session that `clearSessions()` could not delete, and why. */
export interface SessionDeleteFailure {
  /** The session's id. */
  sessionId: string;
  /** The error the delete ended with. */
  error: QodError;
}

/** `clearSessions()` deleted some sessions but not all; `failures` says which and why. */
export class ClearSessionsError extends QodError {
  override name = "ClearSessionsError";
  /** Ids of the sessions that were deleted. */
  readonly deleted: readonly string[];
  /** The sessions that were not, with the error of each. */
  readonly failures: readonly SessionDeleteFailure[];

  constructor(deleted: readonly string[], failures: readonly SessionDeleteFailure[]) {
    const total = deleted.length + failures.length;
    const list = failures.map((f) => `${f.sessionId} (${f.error.name}: ${f.error.message})`).join(", ");
    super(`${failures.length} of ${total} sessions could not be deleted: ${list}`);
    this.deleted = deleted;
    this.failures = failures;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      deleted: this.deleted,
      failures: this.failures.map((f) => ({ sessionId: f.sessionId, error: f.error.toJSON() })),
    };
  }
}
