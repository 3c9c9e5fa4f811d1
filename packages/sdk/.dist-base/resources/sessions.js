import { Device } from "../domain/device.js";
import { Session } from "../domain/session.js";
import * as operations from "../http/operations.js";
import { sessionIdSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";
/** `client.sessions`: sessions by id. */
export class SessionsResource {
  #context;
  /** @internal */
  constructor(context) {
    this.#context = context;
  }
  /** Reads a session by id; a NotFoundError when there is none. */
  async get(id, options) {
    const sessionId = parseInput(sessionIdSchema, id, { path: "sessionId" });
    const context = this.#context;
    const request = context.qod.request("get", "/sessions/{sessionId}", { path: { sessionId } });
    const info = await context.transport.call(operations.getSession, request, options);
    return new Session(context, info, info.device && new Device(context, info.device));
  }
}
//# sourceMappingURL=sessions.js.map
