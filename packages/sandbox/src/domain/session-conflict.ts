import { type ApiError, errors } from "./api-error.js";
import type { SessionRecord } from "./types.js";

/**
 * The 409 for a flow that overlaps a live session of the same device. The other session's id is
 * named only to the API client that owns it: another client must not learn it.
 */
export function conflictWith(caller: { readonly clientId: string }, other: SessionRecord): ApiError {
  const own = other.clientId === caller.clientId;
  return errors.conflict(
    own
      ? `Conflict with an existing session for the same device (${other.id}).`
      : "Conflict with an existing session for the same device.",
  );
}
