import type { QodSchemasByVersion } from "@qod/api-client";
import type { ClientContext } from "../client/context.js";
import { ServerError } from "../errors/api-error.js";
import type { QodError } from "../errors/qod-error.js";
import { ConnectionError, TimeoutError } from "../errors/transport-errors.js";
import type { CallOptions } from "../http/transport.js";
import { matchesCreateRequest } from "./session-match.js";
import type { SessionInfo } from "./types.js";

/** A create body of either version (the server may be a list of addresses on 1.2.0-rc.3). */
export type CreateBody =
  | QodSchemasByVersion["1.1.0"]["CreateSession"]
  | QodSchemasByVersion["1.2.0-rc.3"]["CreateSession"];

/**
 * Failures after which the provider may or may not have created the session: the request may
 * have arrived while the answer got lost.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  if (error instanceof ConnectionError) return error.requestMayHaveBeenSent;
  return error instanceof ServerError && [502, 503, 504].includes(error.status);
}

/** POST /retrieve-sessions for one device. */
export function retrieveSessions(
  context: ClientContext,
  device: CreateBody["device"],
  options: CallOptions | undefined,
): Promise<SessionInfo[]> {
  const request = context.qod.request("post", "/retrieve-sessions", { body: { device } });
  return context.transport.call(context.sessionOps.retrieveSessions, request, options);
}

/**
 * POST /sessions, never blindly repeated (a second create could book a second session). When
 * the outcome is unknown, the device's sessions are read and the one matching the request is
 * returned; if none matches, the original error is thrown.
 */
export async function createSessionOnce(
  context: ClientContext,
  body: CreateBody,
  options: CallOptions | undefined,
): Promise<SessionInfo> {
  try {
    // The 1.1.0-typed builder sends either version's body as given.
    const request = context.qod.request("post", "/sessions", {
      body: body as QodSchemasByVersion["1.1.0"]["CreateSession"],
    });
    return await context.transport.call(context.sessionOps.createSession, request, options);
  } catch (error) {
    if (!isAmbiguousFailure(error) || options?.signal?.aborted) throw error;
    let listed: SessionInfo[];
    try {
      listed = await retrieveSessions(context, body.device, options);
    } catch {
      throw error as QodError;
    }
    const match = listed.filter((info) => matchesCreateRequest(info, body)).at(-1);
    if (match) return match;
    throw error;
  }
}
