import type { ClientContext } from "../client/context.js";
import type { CallOptions } from "../http/transport.js";
import { getAssignment, revokeAssignment } from "./assignment-calls.js";
import type { Device } from "./device.js";
import type { AssignmentInfo, DeviceIdentifiers, QosStatus } from "./types.js";
import { type WaitForStatusOptions, waitForStatus } from "./wait-for-status.js";

/** Why an assignment is `UNAVAILABLE` (or being revoked). */
export type AssignmentStatusInfo = NonNullable<AssignmentInfo["statusInfo"]>;

/** An assignment as plain JSON: dates as RFC 3339 strings, absent fields left out. */
export interface AssignmentJson {
  id: string;
  profile: string;
  status: QosStatus;
  statusInfo?: AssignmentStatusInfo;
  startedAt?: string;
  device?: DeviceIdentifiers;
  sink?: string;
}

/**
 * A QoS profile assigned to a device with no end time (QoS Provisioning). Get one from
 * `device.assignQos()`, `device.qosAssignment()` or `client.assignments.get()`.
 */
export class Assignment {
  /** The assignment's id (a UUID). */
  readonly id: string;
  /** What the wait reports it as. @internal */
  readonly kind = "assignment";
  /** The QoS profile applied. */
  profile!: string;
  /** `REQUESTED`, `AVAILABLE` or `UNAVAILABLE`. */
  status!: QosStatus;
  /** `NETWORK_TERMINATED` or `DELETE_REQUESTED`. */
  statusInfo: AssignmentStatusInfo | undefined;
  /** When the assignment became `AVAILABLE`. */
  startedAt: Date | undefined;
  /** Where status notifications go. */
  sink: string | undefined;
  /** The device, when known. */
  readonly device: Device | undefined;
  readonly #context: ClientContext;

  /** @internal Assignments come from devices and `client.assignments`. */
  constructor(context: ClientContext, info: AssignmentInfo, device: Device | undefined) {
    this.#context = context;
    this.id = info.assignmentId;
    this.device = device;
    this.#apply(info);
  }

  #apply(info: AssignmentInfo): void {
    this.profile = info.qosProfile;
    this.status = info.status;
    this.statusInfo = info.statusInfo;
    this.startedAt = info.startedAt;
    this.sink = info.sink;
  }

  /** Reads the assignment again and updates every field. */
  async refresh(options?: CallOptions): Promise<this> {
    this.#apply(await getAssignment(this.#context, this.id, options));
    return this;
  }

  /**
   * Revokes the assignment. Revoked at once (204), it reads `UNAVAILABLE` / `DELETE_REQUESTED`;
   * under way (202), it takes the provider's answer (`AVAILABLE` / `DELETE_REQUESTED`) and
   * `waitForStatus("UNAVAILABLE")` follows it to the end.
   */
  async revoke(options?: CallOptions): Promise<this> {
    const info = await revokeAssignment(this.#context, this.id, options);
    if (info) this.#apply(info);
    else {
      this.status = "UNAVAILABLE";
      this.statusInfo = "DELETE_REQUESTED";
    }
    return this;
  }

  /**
   * Polls until the status is one of `status`, as `session.waitForStatus()` does: a
   * SessionEndedError if it becomes `UNAVAILABLE` unasked, a TimeoutError after `timeout`.
   */
  async waitForStatus(status: QosStatus | readonly QosStatus[], options?: WaitForStatusOptions): Promise<this> {
    await waitForStatus(this.#context, this, status, options);
    return this;
  }

  /** Plain JSON for logs and `--json` output. */
  toJSON(): AssignmentJson {
    return {
      id: this.id,
      profile: this.profile,
      status: this.status,
      ...(this.statusInfo && { statusInfo: this.statusInfo }),
      ...(this.startedAt && { startedAt: this.startedAt.toISOString() }),
      ...(this.device && { device: this.device.toJSON() }),
      ...(this.sink !== undefined && { sink: this.sink }),
    };
  }
}
