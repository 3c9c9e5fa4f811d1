import type { Principal } from "../auth/authenticator.js";
import { errors } from "./api-error.js";
import type { DeviceRegistry, IdentifiedDevice } from "./devices.js";
import type { Device } from "./types.js";

/** The device of a request, and whether the access token (3-legged) named it. */
export interface RequestDevice extends IdentifiedDevice {
  readonly bound: boolean;
}

/**
 * Applies the identification rules: a device-bound token and a `device` in the body are
 * exclusive (`422 UNNECESSARY_IDENTIFIER`); a client-credentials token needs the body's
 * `device` when `required` (`422 MISSING_IDENTIFIER`). Returns undefined when neither names one.
 */
export function identifyDevice(
  devices: DeviceRegistry,
  principal: Principal,
  device: Device | undefined,
  required: boolean,
): RequestDevice | undefined {
  if (principal.boundDeviceId !== undefined) {
    if (device !== undefined) throw errors.unnecessaryIdentifier();
    const record = devices.get(principal.boundDeviceId);
    if (!record) throw errors.identifierNotFound("The device of the access token is no longer known to the network.");
    return { record, echoed: {}, bound: true };
  }
  if (device === undefined) {
    if (required) throw errors.missingIdentifier();
    return undefined;
  }
  return { ...devices.identify(device), bound: false };
}

/** As `identifyDevice` with a required device that must also be eligible for QoD. */
export function identifyEligibleDevice(
  devices: DeviceRegistry,
  principal: Principal,
  device: Device | undefined,
): RequestDevice {
  const found = identifyDevice(devices, principal, device, true) as RequestDevice;
  if (!found.record.eligible) throw errors.serviceNotApplicable();
  return found;
}
