import { QodError } from "../errors/qod-error.js";
import * as operations from "../http/operations.js";
import { profileFilterInputSchema } from "../validation/input-schemas.js";
import { profileNameSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";

function identifiersOf(device) {
  if (device && typeof device.toIdentifiers === "function") {
    return device.toIdentifiers();
  }
  return device;
}
/** `client.profiles`: the provider's QoS profiles (QoS Profiles API). */
export class ProfilesResource {
  #context;
  /** @internal */
  constructor(context) {
    this.#context = context;
  }
  #api() {
    const client = this.#context.profiles;
    if (!client) {
      throw new QodError(
        "no QoS Profiles API: set profilesBaseUrl (the root including /qos-profiles/v1) when creating the client",
      );
    }
    return client;
  }
  /** The profiles matching every filter given (all of them without filters). */
  async list(filter = {}, options) {
    const raw = filter && typeof filter === "object" ? { ...filter, device: identifiersOf(filter.device) } : filter;
    if (raw && typeof raw === "object" && raw.device === undefined) delete raw.device;
    const body = parseInput(profileFilterInputSchema, raw, { path: "filter" });
    const request = this.#api().request("post", "/retrieve-qos-profiles", { body });
    return this.#context.transport.call(operations.retrieveProfiles, request, options);
  }
  /** One profile by name, whatever its status; a NotFoundError when the provider has none. */
  async get(name, options) {
    const checked = parseInput(profileNameSchema, name, { path: "name" });
    const request = this.#api().request("get", "/qos-profiles/{name}", { path: { name: checked } });
    return this.#context.transport.call(operations.getProfile, request, options);
  }
}
//# sourceMappingURL=profiles.js.map
