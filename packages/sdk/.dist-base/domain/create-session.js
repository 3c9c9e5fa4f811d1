import { ServerError } from "../errors/api-error.js";
import { ConnectionError, TimeoutError } from "../errors/transport-errors.js";
import * as operations from "../http/operations.js";
import { matchesCreateRequest } from "./session-match.js";
/**
 * Failures after which the provider may or may not have created the session: the request may
 * have arrived while the answer got lost.
 */
export function isAmbiguousFailure(error) {
  if (error instanceof TimeoutError) return true;
  if (error instanceof ConnectionError) return error.requestMayHaveBeenSent;
  return error instanceof ServerError && [502, 503, 504].includes(error.status);
}
/** POST /retrieve-sessions for one device. */
export function retrieveSessions(context, device, options) {
  const request = context.qod.request("post", "/retrieve-sessions", { body: { device } });
  return context.transport.call(operations.retrieveSessions, request, options);
}
/**
 * POST /sessions, never blindly repeated (a second create could book a second session). When
 * the outcome is unknown, the device's sessions are read and the one matching the request is
 * returned; if none matches, the original error is thrown.
 */
export async function createSessionOnce(context, body, options) {
  try {
    const request = context.qod.request("post", "/sessions", { body });
    return await context.transport.call(operations.createSession, request, options);
  } catch (error) {
    if (!isAmbiguousFailure(error) || options?.signal?.aborted) throw error;
    let listed;
    try {
      listed = await retrieveSessions(context, body.device, options);
    } catch {
      throw error;
    }
    const match = listed.filter((info) => matchesCreateRequest(info, body)).at(-1);
    if (match) return match;
    throw error;
  }
}
//# sourceMappingURL=create-session.js.map
