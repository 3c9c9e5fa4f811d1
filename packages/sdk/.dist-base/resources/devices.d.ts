import type { ClientContext } from "../client/context.js";
import { Device } from "../domain/device.js";
import type { DeviceInput } from "../domain/types.js";
/** `client.devices`: devices by their identifiers. */
export declare class DevicesResource {
  #private;
  /** @internal */
  constructor(context: ClientContext);
  /**
   * A device by phone number, network access identifier, IPv4 and/or IPv6 address. Only
   * checks the identifiers (a ValidationError names the field and the fix); no request is made.
   */
  get(identifiers: DeviceInput): Device;
}
//# sourceMappingURL=devices.d.ts.map
