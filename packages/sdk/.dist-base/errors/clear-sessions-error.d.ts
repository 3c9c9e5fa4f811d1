import { QodError } from "./qod-error.js";
/** One session that `clearSessions()` could not delete, and why. */
export interface SessionDeleteFailure {
  /** The session's id. */
  sessionId: string;
  /** The error the delete ended with. */
  error: QodError;
}
/** `clearSessions()` deleted some sessions but not all; `failures` says which and why. */
export declare class ClearSessionsError extends QodError {
  name: string;
  /** Ids of the sessions that were deleted. */
  readonly deleted: readonly string[];
  /** The sessions that were not, with the error of each. */
  readonly failures: readonly SessionDeleteFailure[];
  constructor(deleted: readonly string[], failures: readonly SessionDeleteFailure[]);
  toJSON(): Record<string, unknown>;
}
//# sourceMappingURL=clear-sessions-error.d.ts.map
