import type { ClientContext } from "../client/context.js";
import type { ProfileFilterInput, QosProfile } from "../domain/types.js";
import type { CallOptions } from "../http/transport.js";
/** `client.profiles`: the provider's QoS profiles (QoS Profiles API). */
export declare class ProfilesResource {
  #private;
  /** @internal */
  constructor(context: ClientContext);
  /** The profiles matching every filter given (all of them without filters). */
  list(filter?: ProfileFilterInput, options?: CallOptions): Promise<QosProfile[]>;
  /** One profile by name, whatever its status; a NotFoundError when the provider has none. */
  get(name: string, options?: CallOptions): Promise<QosProfile>;
}
//# sourceMappingURL=profiles.d.ts.map
