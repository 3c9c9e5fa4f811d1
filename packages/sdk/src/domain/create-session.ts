import type { QodSchemas } from "@qod/api-client";
import type { ClientContext } from "../client/context.js";
import { ServerError } from "../errors/api-error.js";
import type { QodError } from "../errors/qod-error.js";
import { ConnectionError, TimeoutError } from "../errors/transport-errors.js";
import type { CallOptions } from "../http/transport.js";
import { parseResponse } from "../validation/parse.js";
import { sessionInfoSchema, sessionListSchema } from "../validation/response-schemas.js";
import { matchesCreateRequest } from "./session-match.js";
import type { SessionInfo } from "./types.js";

type CreateBody = QodSchemas["CreateSession"];

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
  return context.transport.call(
    {
      operation: "retrieveSessionsByDevice",
      retry: "idempotent",
      send: (init) => context.qod.POST("/retrieve-sessions", { body: { device }, ...init }),
      parse: (data, c) => parseResponse(sessionListSchema, data, { operation: "retrieveSessionsByDevice", ...c }),
    },
    options,
  );
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
    return await context.transport.call(
      {
        operation: "createSession",
        retry: "unsafe",
        send: (init) => context.qod.POST("/sessions", { body, ...init }),
        parse: (data, c) => parseResponse(sessionInfoSchema, data, { operation: "createSession", ...c }),
      },
      options,
    );
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
