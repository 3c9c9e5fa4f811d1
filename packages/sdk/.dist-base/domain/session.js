import * as operations from "../http/operations.js";
import { extendSecondsSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";

function copyPorts(ports) {
  if (!ports) return undefined;
  return {
    ...(ports.ports && { ports: [...ports.ports] }),
    ...(ports.ranges && { ranges: ports.ranges.map((r) => ({ from: r.from, to: r.to })) }),
  };
}
/** A QoS session. Get one from `device.createQodSession()`, `device.sessions()` or `client.sessions.get()`. */
export class Session {
  /** The session's id (a UUID). */
  id;
  /** The QoS profile applied. */
  profile;
  /** `REQUESTED`, `AVAILABLE` or `UNAVAILABLE`. */
  status;
  /** Why the session is `UNAVAILABLE`. */
  statusInfo;
  /** When the session became `AVAILABLE`. */
  startedAt;
  /** When the session ends (or ended). */
  expiresAt;
  /** The session's duration in seconds. */
  duration;
  /** The application server's IPv4 address. */
  serviceIpv4;
  /** The application server's IPv6 address. */
  serviceIpv6;
  /** The application server's ports. */
  servicePorts;
  /** The device's ports. */
  devicePorts;
  /** The device, when known (absent when the provider identified it from a 3-legged token). */
  device;
  /** Where status notifications go. */
  sink;
  #context;
  /** @internal Sessions come from devices and `client.sessions`. */
  constructor(context, info, device) {
    this.#context = context;
    this.id = info.sessionId;
    this.device = device;
    this.#apply(info);
  }
  #apply(info) {
    this.profile = info.qosProfile;
    this.status = info.qosStatus;
    this.statusInfo = info.statusInfo;
    this.startedAt = info.startedAt;
    this.expiresAt = info.expiresAt;
    this.duration = info.duration;
    this.serviceIpv4 = info.applicationServer.ipv4Address;
    this.serviceIpv6 = info.applicationServer.ipv6Address;
    this.servicePorts = copyPorts(info.applicationServerPorts);
    this.devicePorts = copyPorts(info.devicePorts);
    this.sink = info.sink;
  }
  /**
   * Adds seconds to an `AVAILABLE` session; updates duration, expiresAt and status from the
   * provider's answer (which may cap the total). Not retried blindly: a retry could extend twice.
   */
  async extend(seconds, options) {
    const requestedAdditionalDuration = parseInput(extendSecondsSchema, seconds, { path: "seconds" });
    const { qod, transport } = this.#context;
    const request = qod.request("post", "/sessions/{sessionId}/extend", {
      path: { sessionId: this.id },
      body: { requestedAdditionalDuration },
    });
    const info = await transport.call(operations.extendSession, request, options);
    this.#apply(info);
    return this;
  }
  /** Reads the session again and updates every field. */
  async refresh(options) {
    const { qod, transport } = this.#context;
    const request = qod.request("get", "/sessions/{sessionId}", { path: { sessionId: this.id } });
    const info = await transport.call(operations.getSession, request, options);
    this.#apply(info);
    return this;
  }
  /** Deletes the session; afterwards it reads as `UNAVAILABLE` / `DELETE_REQUESTED` locally. */
  async delete(options) {
    const { qod, transport } = this.#context;
    const request = qod.request("delete", "/sessions/{sessionId}", { path: { sessionId: this.id } });
    await transport.call(operations.deleteSession, request, options);
    this.status = "UNAVAILABLE";
    this.statusInfo = "DELETE_REQUESTED";
  }
  /**
   * Whole seconds left: 0 once `UNAVAILABLE` or past `expiresAt`, the full duration while
   * `REQUESTED` (it has not started).
   */
  remainingSeconds(now = this.#context.clock.now()) {
    if (this.status === "UNAVAILABLE") return 0;
    if (!this.expiresAt) return this.duration;
    const nowMs = typeof now === "number" ? now : now.getTime();
    return Math.max(0, Math.floor((this.expiresAt.getTime() - nowMs) / 1000));
  }
  /** Plain JSON for logs and `--json` output. */
  toJSON() {
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
      ...(this.servicePorts && { servicePorts: copyPorts(this.servicePorts) }),
      ...(this.devicePorts && { devicePorts: copyPorts(this.devicePorts) }),
      ...(this.device && { device: this.device.toJSON() }),
      ...(this.sink !== undefined && { sink: this.sink }),
    };
  }
}
//# sourceMappingURL=session.js.map
