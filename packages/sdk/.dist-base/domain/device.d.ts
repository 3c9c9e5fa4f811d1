import type { ClientContext } from "../client/context.js";
import type { CallOptions } from "../http/transport.js";
import { Session } from "./session.js";
import type { CreateSessionInput, CreateSessionOptions, DeviceIdentifiers } from "./types.js";
/** A device (a phone, a modem...) the network can prioritise traffic for. Get one from `client.devices.get()`. */
export declare class Device {
  #private;
  /** E.164 phone number. */
  readonly phoneNumber: string | undefined;
  /** Network access identifier, `user@realm`. */
  readonly networkAccessIdentifier: string | undefined;
  /** How the network sees the device over IPv4. */
  readonly ipv4Address: DeviceIdentifiers["ipv4Address"];
  /** The device's IPv6 address. */
  readonly ipv6Address: string | undefined;
  /** @internal Devices come from `client.devices.get()`. */
  constructor(context: ClientContext, identifiers: DeviceIdentifiers);
  /** The identifiers as the wire carries them (a fresh copy). */
  toIdentifiers(): DeviceIdentifiers;
  /**
   * Asks the network to prioritise this device's traffic with one application server.
   * `createQodSession({ profile, serviceIpv4, duration })`, or, as in the Network as Code SDK,
   * `createQodSession("QOS_L", { serviceIpv4, duration })`. Input is checked before sending.
   */
  createQodSession(input: CreateSessionInput, options?: CallOptions): Promise<Session>;
  createQodSession(profile: string, input: CreateSessionOptions, options?: CallOptions): Promise<Session>;
  /** This device's sessions; `[]` only when the provider says there are none. */
  sessions(options?: CallOptions): Promise<Session[]>;
  /**
   * Deletes every session of this device, a few at a time, and waits for each delete. A session
   * already gone (404) counts as deleted. If any delete fails, throws one ClearSessionsError
   * listing which ids failed and why. Returns the ids deleted.
   */
  clearSessions(options?: CallOptions): Promise<string[]>;
  /** The identifiers as plain JSON. */
  toJSON(): DeviceIdentifiers;
}
//# sourceMappingURL=device.d.ts.map
