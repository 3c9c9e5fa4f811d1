import { QodError } from "./qod-error.js";
/** `clearSessions()` deleted some sessions but not all; `failures` says which and why. */
export class ClearSessionsError extends QodError {
  name = "ClearSessionsError";
  /** Ids of the sessions that were deleted. */
  deleted;
  /** The sessions that were not, with the error of each. */
  failures;
  constructor(deleted, failures) {
    const total = deleted.length + failures.length;
    const list = failures.map((f) => `${f.sessionId} (${f.error.name}: ${f.error.message})`).join(", ");
    super(`${failures.length} of ${total} sessions could not be deleted: ${list}`);
    this.deleted = deleted;
    this.failures = failures;
  }
  toJSON() {
    return {
      ...super.toJSON(),
      deleted: this.deleted,
      failures: this.failures.map((f) => ({ sessionId: f.sessionId, error: f.error.toJSON() })),
    };
  }
}
//# sourceMappingURL=clear-sessions-error.js.map
