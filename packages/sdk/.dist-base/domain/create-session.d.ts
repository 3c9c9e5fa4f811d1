import type { QodSchemas } from "@qod/api-client";
import type { ClientContext } from "../client/context.js";
import type { CallOptions } from "../http/transport.js";
import type { SessionInfo } from "./types.js";

type CreateBody = QodSchemas["CreateSession"];
/**
 * Failures after which the provider may or may not have created the session: the request may
 * have arrived while the answer got lost.
 */
export declare function isAmbiguousFailure(error: unknown): boolean;
/** POST /retrieve-sessions for one device. */
export declare function retrieveSessions(
  context: ClientContext,
  device: CreateBody["device"],
  options: CallOptions | undefined,
): Promise<SessionInfo[]>;
/**
 * POST /sessions, never blindly repeated (a second create could book a second session). When
 * the outcome is unknown, the device's sessions are read and the one matching the request is
 * returned; if none matches, the original error is thrown.
 */
export declare function createSessionOnce(
  context: ClientContext,
  body: CreateBody,
  options: CallOptions | undefined,
): Promise<SessionInfo>;
//# sourceMappingURL=create-session.d.ts.map
