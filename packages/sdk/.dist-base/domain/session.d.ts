import type { ClientContext } from "../client/context.js";
import type { CallOptions } from "../http/transport.js";
import type { Device } from "./device.js";
import type { DeviceIdentifiers, PortsSpec, QosStatus, SessionInfo, StatusInfo } from "./types.js";
/** A session as plain JSON: dates as RFC 3339 strings, absent fields left out. */
export interface SessionJson {
  id: string;
  profile: string;
  status: QosStatus;
  statusInfo?: StatusInfo;
  startedAt?: string;
  expiresAt?: string;
  duration: number;
  serviceIpv4?: string;
  serviceIpv6?: string;
  servicePorts?: PortsSpec;
  devicePorts?: PortsSpec;
  device?: DeviceIdentifiers;
  sink?: string;
}
/** A QoS session. Get one from `device.createQodSession()`, `device.sessions()` or `client.sessions.get()`. */
export declare class Session {
  #private;
  /** The session's id (a UUID). */
  readonly id: string;
  /** The QoS profile applied. */
  profile: string;
  /** `REQUESTED`, `AVAILABLE` or `UNAVAILABLE`. */
  status: QosStatus;
  /** Why the session is `UNAVAILABLE`. */
  statusInfo: StatusInfo | undefined;
  /** When the session became `AVAILABLE`. */
  startedAt: Date | undefined;
  /** When the session ends (or ended). */
  expiresAt: Date | undefined;
  /** The session's duration in seconds. */
  duration: number;
  /** The application server's IPv4 address. */
  serviceIpv4: string | undefined;
  /** The application server's IPv6 address. */
  serviceIpv6: string | undefined;
  /** The application server's ports. */
  servicePorts: PortsSpec | undefined;
  /** The device's ports. */
  devicePorts: PortsSpec | undefined;
  /** The device, when known (absent when the provider identified it from a 3-legged token). */
  readonly device: Device | undefined;
  /** Where status notifications go. */
  sink: string | undefined;
  /** @internal Sessions come from devices and `client.sessions`. */
  constructor(context: ClientContext, info: SessionInfo, device: Device | undefined);
  /**
   * Adds seconds to an `AVAILABLE` session; updates duration, expiresAt and status from the
   * provider's answer (which may cap the total). Not retried blindly: a retry could extend twice.
   */
  extend(seconds: number, options?: CallOptions): Promise<this>;
  /** Reads the session again and updates every field. */
  refresh(options?: CallOptions): Promise<this>;
  /** Deletes the session; afterwards it reads as `UNAVAILABLE` / `DELETE_REQUESTED` locally. */
  delete(options?: CallOptions): Promise<void>;
  /**
   * Whole seconds left: 0 once `UNAVAILABLE` or past `expiresAt`, the full duration while
   * `REQUESTED` (it has not started).
   */
  remainingSeconds(now?: Date | number): number;
  /** Plain JSON for logs and `--json` output. */
  toJSON(): SessionJson;
}
//# sourceMappingURL=session.d.ts.map
