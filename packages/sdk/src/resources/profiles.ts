import type { QosProfilesPaths } from "@qod/api-client";
import type { QosProfileName } from "../catalogue.js";
import type { ClientContext } from "../client/context.js";
import type { DeviceIdentifiers, ProfileFilterInput, QosProfile } from "../domain/types.js";
import type { Api } from "../http/api.js";
import * as operations from "../http/operations.js";
import type { CallOptions } from "../http/transport.js";
import { profileFilterInputSchema } from "../validation/input-schemas.js";
import { profileNameSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";

function identifiersOf(device: ProfileFilterInput["device"]): unknown {
  if (device && typeof (device as { toIdentifiers?: unknown }).toIdentifiers === "function") {
    return (device as { toIdentifiers(): DeviceIdentifiers }).toIdentifiers();
  }
  return device;
}

/** `client.profiles`: the provider's QoS profiles (QoS Profiles API). */
export class ProfilesResource {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  #api(): Api<QosProfilesPaths> {
    return this.#context.profiles;
  }

  /** The profiles matching every filter given (all of them without filters). */
  async list(filter: ProfileFilterInput = {}, options?: CallOptions): Promise<QosProfile[]> {
    const raw = filter && typeof filter === "object" ? { ...filter, device: identifiersOf(filter.device) } : filter;
    if (raw && typeof raw === "object" && raw.device === undefined) delete raw.device;
    const body = parseInput(profileFilterInputSchema, raw, { path: "filter" });
    const request = this.#api().request("post", "/retrieve-qos-profiles", { body });
    return this.#context.transport.call(operations.retrieveProfiles, request, options);
  }

  /** One profile by name, whatever its status; a NotFoundError when the provider has none. */
  async get(name: QosProfileName, options?: CallOptions): Promise<QosProfile> {
    const checked = parseInput(profileNameSchema, name, { path: "name" });
    const request = this.#api().request("get", "/qos-profiles/{name}", { path: { name: checked } });
    return this.#context.transport.call(operations.getProfile, request, options);
  }
}
