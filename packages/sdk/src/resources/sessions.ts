import type { ClientContext } from "../client/context.js";
import { Device } from "../domain/device.js";
import { Session } from "../domain/session.js";
import type { CallOptions } from "../http/transport.js";
import { sessionIdSchema } from "../validation/leaf-schemas.js";
import { parseInput, parseResponse } from "../validation/parse.js";
import { sessionInfoSchema } from "../validation/response-schemas.js";

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
    const info = await context.transport.call(
      {
        operation: "getSession",
        retry: "idempotent",
        send: (init) => context.qod.GET("/sessions/{sessionId}", { params: { path: { sessionId } }, ...init }),
        parse: (data, c) => parseResponse(sessionInfoSchema, data, { operation: "getSession", ...c }),
      },
      options,
    );
    return new Session(context, info, info.device && new Device(context, info.device));
  }
}
