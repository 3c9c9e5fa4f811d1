import { Device } from "../domain/device.js";
import { deviceInputSchema } from "../validation/input-schemas.js";
import { parseInput } from "../validation/parse.js";
/** `client.devices`: devices by their identifiers. */
export class DevicesResource {
  #context;
  /** @internal */
  constructor(context) {
    this.#context = context;
  }
  /**
   * A device by phone number, network access identifier, IPv4 and/or IPv6 address. Only
   * checks the identifiers (a ValidationError names the field and the fix); no request is made.
   */
  get(identifiers) {
    return new Device(this.#context, parseInput(deviceInputSchema, identifiers, { path: "device" }));
  }
}
//# sourceMappingURL=devices.js.map
