import type { ClientContext } from "../client/context.js";
import { Device } from "../domain/device.js";
import { Session } from "../domain/session.js";
import { deleteSession, extendSession, getSession } from "../domain/session-calls.js";
import type { CallOptions } from "../http/transport.js";
import { sessionIdSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";

/** `client.sessions`: sessions by id. */
export class SessionsResource {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  /** Reads a session by id; a NotFoundError when there is none. */
  async get(id: string, options?: CallOptions): Promise<Session> {
    const sessionId = parseInput(sessionIdSchema, id, { path: "sessionId" });
    const context = this.#context;
    const info = await getSession(context, sessionId, options);
    return new Session(context, info, info.device && new Device(context, info.device));
  }

  /** Deletes a session by id, without reading it first; a NotFoundError when there is none. */
  async delete(id: string, options?: CallOptions): Promise<void> {
    await deleteSession(this.#context, parseInput(sessionIdSchema, id, { path: "sessionId" }), options);
  }

  /**
   * Adds seconds to an `AVAILABLE` session by id in one request, and returns the session as the
   * provider answered (which may cap the total). Not retried blindly: a retry could extend twice.
   */
  async extend(id: string, seconds: number, options?: CallOptions): Promise<Session> {
    const sessionId = parseInput(sessionIdSchema, id, { path: "sessionId" });
    const context = this.#context;
    const info = await extendSession(context, sessionId, seconds, options);
    return new Session(context, info, info.device && new Device(context, info.device));
  }
}
