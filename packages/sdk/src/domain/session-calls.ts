// The by-id calls a Session and `client.sessions` share: one request each, no read first.
import type { ClientContext } from "../client/context.js";
import { deleteSession as deleteOperation } from "../http/operations.js";
import type { CallOptions } from "../http/transport.js";
import { extendSecondsSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";
import type { SessionInfo } from "./types.js";

/** POST …/extend; the provider's answer (it may cap the total). Not retried blindly: a retry could extend twice. */
export function extendSession(
  context: ClientContext,
  sessionId: string,
  seconds: number,
  options: CallOptions | undefined,
): Promise<SessionInfo> {
  const requestedAdditionalDuration = parseInput(extendSecondsSchema, seconds, { path: "seconds" });
  const request = context.qod.request("post", "/sessions/{sessionId}/extend", {
    path: { sessionId },
    body: { requestedAdditionalDuration },
  });
  return context.transport.call(context.sessionOps.extendSession, request, options);
}

/** DELETE …/sessions/{id}. */
export async function deleteSession(
  context: ClientContext,
  sessionId: string,
  options: CallOptions | undefined,
): Promise<void> {
  const request = context.qod.request("delete", "/sessions/{sessionId}", { path: { sessionId } });
  await context.transport.call(deleteOperation, request, options);
}

/** GET …/sessions/{id}, checked against the client's version. */
export function getSession(
  context: ClientContext,
  sessionId: string,
  options: CallOptions | undefined,
): Promise<SessionInfo> {
  const request = context.qod.request("get", "/sessions/{sessionId}", { path: { sessionId } });
  return context.transport.call(context.sessionOps.getSession, request, options);
}
