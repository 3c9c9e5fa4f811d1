import type { ProfilesVersion } from "../api/versions.js";
import type { SandboxCore } from "../core.js";
import { errors } from "../domain/api-error.js";
import { identifyDevice } from "../domain/identification.js";
import { ProfileStore } from "../domain/profiles.js";
import { RequestValidators } from "../validation/request-validators.js";
import type { Operation } from "./api-route.js";

/** The two QoS Profiles operations of one version. */
export function profileOperations(core: SandboxCore, version: ProfilesVersion) {
  const { profiles, devices } = core;
  const validators = RequestValidators.shared(version.documents);
  return {
    retrieveQoSProfiles: {
      scope: "qos-profiles:read",
      body: true,
      writes: false,
      handle: ({ principal, body }) => {
        const query = validators.profileQuery(body);
        // Here the device only filters; without one, profiles restricted to some devices are
        // not listed (they are not on offer to an unknown caller).
        const device = identifyDevice(devices, principal, query.device, false);
        if (device && !device.record.eligible) return { status: 200, body: [] };
        const matching = profiles
          .all()
          .filter(
            (p) =>
              (query.name === undefined || p.name === query.name) &&
              (query.status === undefined || p.status === query.status) &&
              (device === undefined ? p.restrictedTo === undefined : ProfileStore.allows(p, device.record.id)),
          );
        return { status: 200, body: matching.map(ProfileStore.toWire) };
      },
    },
    getQosProfile: {
      scope: "qos-profiles:read",
      body: false,
      writes: false,
      handle: ({ params }) => {
        const profile = profiles.get(validators.profileName(params.name ?? ""));
        if (!profile) throw errors.notFound(`The QoS profile ${params.name} is not found.`);
        return { status: 200, body: ProfileStore.toWire(profile) };
      },
    },
  } satisfies Record<string, Operation>;
}
