import type { ClientContext } from "../client/context.js";
import type { CallOptions } from "../http/transport.js";
import type { Device } from "./device.js";
import { deleteSession, extendSession, getSession } from "./session-calls.js";
import type { DeviceIdentifiers, PortsSpec, QosStatus, SessionInfo, StatusInfo } from "./types.js";
import { type WaitForStatusOptions, waitForStatus } from "./wait-for-status.js";

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
  serviceAddresses?: string[];
  servicePorts?: PortsSpec;
  devicePorts?: PortsSpec;
  device?: DeviceIdentifiers;
  sink?: string;
}

function copyPorts(ports: PortsSpec | undefined): PortsSpec | undefined {
  if (!ports) return undefined;
  return {
    ...(ports.ports && { ports: [...ports.ports] }),
    ...(ports.ranges && { ranges: ports.ranges.map((r) => ({ from: r.from, to: r.to })) }),
  };
}

/** A QoS session. Get one from `device.createQodSession()`, `device.sessions()` or `client.sessions.get()`. */
export class Session {
  /** The session's id (a UUID). */
  readonly id: string;
  /** The QoS profile applied. */
  profile!: string;
  /** `REQUESTED`, `AVAILABLE` or `UNAVAILABLE`. */
  status!: QosStatus;
  /** Why the session is `UNAVAILABLE`. */
  statusInfo: StatusInfo | undefined;
  /** When the session became `AVAILABLE`. */
  startedAt: Date | undefined;
  /** When the session ends (or ended). */
  expiresAt: Date | undefined;
  /** The session's duration in seconds. */
  duration!: number;
  /** The application server's IPv4 address. */
  serviceIpv4: string | undefined;
  /** The application server's IPv6 address. */
  serviceIpv6: string | undefined;
  /** The application server as a list of single addresses (QoD 1.2.0-rc.3). */
  serviceAddresses: string[] | undefined;
  /** The application server's ports. */
  servicePorts: PortsSpec | undefined;
  /** The device's ports. */
  devicePorts: PortsSpec | undefined;
  /** The device, when known (absent when the provider identified it from a 3-legged token). */
  readonly device: Device | undefined;
  /** Where status notifications go. */
  sink: string | undefined;
  readonly #context: ClientContext;

  /** @internal Sessions come from devices and `client.sessions`. */
  constructor(context: ClientContext, info: SessionInfo, device: Device | undefined) {
    this.#context = context;
    this.id = info.sessionId;
    this.device = device;
    this.#apply(info);
  }

  #apply(info: SessionInfo): void {
    this.profile = info.qosProfile;
    this.status = info.qosStatus;
    this.statusInfo = info.statusInfo;
    this.startedAt = info.startedAt;
    this.expiresAt = info.expiresAt;
    this.duration = info.duration;
    this.serviceIpv4 = info.applicationServer.ipv4Address;
    this.serviceIpv6 = info.applicationServer.ipv6Address;
    this.serviceAddresses = info.applicationServer.ipAddresses && [...info.applicationServer.ipAddresses];
    this.servicePorts = copyPorts(info.applicationServerPorts);
    this.devicePorts = copyPorts(info.devicePorts);
    this.sink = info.sink;
  }

  /**
   * Adds seconds to an `AVAILABLE` session; updates duration, expiresAt and status from the
   * provider's answer (which may cap the total). Not retried blindly: a retry could extend twice.
   */
  async extend(seconds: number, options?: CallOptions): Promise<this> {
    this.#apply(await extendSession(this.#context, this.id, seconds, options));
    return this;
  }

  /** Reads the session again and updates every field. */
  async refresh(options?: CallOptions): Promise<this> {
    this.#apply(await getSession(this.#context, this.id, options));
    return this;
  }

  /** Deletes the session; afterwards it reads as `UNAVAILABLE` / `DELETE_REQUESTED` locally. */
  async delete(options?: CallOptions): Promise<void> {
    await deleteSession(this.#context, this.id, options);
    this.status = "UNAVAILABLE";
    this.statusInfo = "DELETE_REQUESTED";
  }

  /**
   * Polls until the status is one of `status` (e.g. `"AVAILABLE"`, since a new session starts
   * `REQUESTED`), waiting longer between polls. Throws a SessionEndedError if the session
   * becomes `UNAVAILABLE` unasked, a TimeoutError after `timeout` (60 s), an AbortError on `signal`.
   */
  async waitForStatus(status: QosStatus | readonly QosStatus[], options?: WaitForStatusOptions): Promise<this> {
    await waitForStatus(this.#context, this, status, options);
    return this;
  }

  /**
   * Whole seconds left: 0 once `UNAVAILABLE` or past `expiresAt`, the full duration while
   * `REQUESTED` (it has not started). `now` defaults to the provider's time (from the `Date`
   * header of its last answer), or to the client's clock when one was given.
   */
  remainingSeconds(now: Date | number = this.#context.providerNow()): number {
    if (this.status === "UNAVAILABLE") return 0;
    if (!this.expiresAt) return this.duration;
    const nowMs = typeof now === "number" ? now : now.getTime();
    return Math.max(0, Math.floor((this.expiresAt.getTime() - nowMs) / 1000));
  }

  /** Plain JSON for logs and `--json` output. */
  toJSON(): SessionJson {
    return {
      id: this.id,
      profile: this.profile,
      status: this.status,
      ...(this.statusInfo && { statusInfo: this.statusInfo }),
      ...(this.startedAt && { startedAt: this.startedAt.toISOString() }),
      ...(this.expiresAt && { expiresAt: this.expiresAt.toISOString() }),
      duration: this.duration,
      ...(this.serviceIpv4 !== undefined && { serviceIpv4: this.serviceIpv4 }),
      ...(this.serviceIpv6 !== undefined && { serviceIpv6: this.serviceIpv6 }),
      ...(this.serviceAddresses && { serviceAddresses: [...this.serviceAddresses] }),
      ...(this.servicePorts && { servicePorts: copyPorts(this.servicePorts) }),
      ...(this.devicePorts && { devicePorts: copyPorts(this.devicePorts) }),
      ...(this.device && { device: this.device.toJSON() }),
      ...(this.sink !== undefined && { sink: this.sink }),
    };
  }
}
