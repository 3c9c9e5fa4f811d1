import type { SandboxCore } from "../core.js";
import { errors } from "../domain/api-error.js";
import { toSessionInfo } from "../domain/sessions.js";
import type { SessionRecord } from "../domain/types.js";

// Extend and delete as the QoD API does them, for any API client's session: the control API
// (and the dashboard on it) acts as the network's operator, not as one client.

function anySession(core: SandboxCore, id: string): SessionRecord {
  const session = core.sessions.get(id);
  if (!session) throw errors.notFound(`The session ${id} is not found.`);
  return session;
}

/** `POST /sandbox/v1/sessions/{id}/extend` with the QoD API's body. */
export function extendAnySession(core: SandboxCore, rawId: string, body: unknown): Record<string, unknown> {
  const id = core.validators.sessionId(rawId);
  const seconds = core.validators.extend(body);
  return core.transact(true, () => toSessionInfo(core.sessions.extend(anySession(core, id), seconds)));
}

/** `DELETE /sandbox/v1/sessions/{id}`. */
export function deleteAnySession(core: SandboxCore, rawId: string): void {
  const id = core.validators.sessionId(rawId);
  core.transact(true, () => core.sessions.delete(anySession(core, id)));
}
