import { ApiError, errors } from "./api-error.js";
import { ProfileStore } from "./profiles.js";
import type { ProfileRecord } from "./types.js";

/** Who is asking: the API client, and the device its token is bound to (3-legged). */
export interface Caller {
  readonly clientId: string;
  readonly boundDeviceId: string | undefined;
}

/**
 * The caller's record (a session or an assignment): `404 NOT_FOUND` when there is none, `403`
 * when another API client owns it or a 3-legged token names another device.
 */
export function ownedBy<T extends { clientId: string; deviceId: string }>(
  caller: Caller,
  record: T | undefined,
  messages: { notFound: string; foreign: string },
): T {
  if (!record) throw errors.notFound(messages.notFound);
  if (record.clientId !== caller.clientId || (caller.boundDeviceId ?? record.deviceId) !== record.deviceId)
    throw errors.permissionDenied(messages.foreign);
  return record;
}

/** A profile the device may use now: unknown → 400; not ACTIVE or restricted to others → 422 `code`. */
export function applicableProfile(
  profiles: ProfileStore,
  name: string,
  deviceId: string,
  code: string,
  message: (profile: ProfileRecord) => string,
): ProfileRecord {
  const profile = profiles.get(name);
  if (!profile) throw errors.invalidArgument(`qosProfile: ${name} is not a QoS profile of this network`);
  if (profile.status !== "ACTIVE" || !ProfileStore.allows(profile, deviceId))
    throw new ApiError(422, code, message(profile));
  return profile;
}
