import type { ClientContext } from "../client/context.js";
import { Session } from "../domain/session.js";
import type { CallOptions } from "../http/transport.js";
/** `client.sessions`: sessions by id. */
export declare class SessionsResource {
  #private;
  /** @internal */
  constructor(context: ClientContext);
  /** Reads a session by id; a NotFoundError when there is none. */
  get(id: string, options?: CallOptions): Promise<Session>;
}
//# sourceMappingURL=sessions.d.ts.map
