import { randomUUID } from "node:crypto";
import { checkCap, type ResolvedCaps } from "../control/caps.js";
import type { SessionEventKind } from "../events/session-events.js";
import type { SandboxClock, ScheduledTask } from "../scheduling/clock.js";
import type { PendingChanges } from "../storage/pending-changes.js";
import { applicableProfile, type Caller, ownedBy } from "./access.js";
import { errors } from "./api-error.js";
import type { IdentifiedDevice } from "./devices.js";
import type { ProfileStore } from "./profiles.js";
import { rfc3339 } from "./time.js";
import type { Device, QosStatus, SinkCredential } from "./types.js";

/** Why an assignment is UNAVAILABLE (or, while AVAILABLE, that its removal was asked for). */
export type AssignmentStatusInfo = "NETWORK_TERMINATED" | "DELETE_REQUESTED";

/** A QoS Provisioning assignment: a profile applied to a device with no end time. */
export interface AssignmentRecord {
  readonly id: string;
  readonly clientId: string;
  readonly deviceId: string;
  /** The one identifier echoed in responses; absent when the token identified the device. */
  readonly device: Device | undefined;
  readonly qosProfile: string;
  readonly sink: string | undefined;
  readonly sinkCredential: SinkCredential | undefined;
  /** ms since the epoch, sandbox time. */
  readonly createdAt: number;
  status: QosStatus;
  statusInfo: AssignmentStatusInfo | undefined;
  startedAt: number | undefined;
  endedAt: number | undefined;
  sinkGone?: boolean;
  task: ScheduledTask | undefined;
}

/** An assignment as the database keeps it. */
export type StoredAssignment = Omit<AssignmentRecord, "task">;

export interface CreateAssignmentInput {
  qosProfile: string;
  sink?: string;
  sinkCredential?: SinkCredential;
}

export interface AssignmentServiceOptions {
  clock: SandboxClock;
  profiles: ProfileStore;
  /** ms from creation to AVAILABLE, and from an asynchronous delete to UNAVAILABLE. */
  activationDelayMs: number;
  caps: ResolvedCaps;
  /** ms an UNAVAILABLE assignment stays readable. */
  retentionMs: number;
  /** Delete answers 202 and ends the assignment after the activation delay, instead of at once (204). */
  asyncDelete: boolean;
  onStatusChange: (assignment: AssignmentRecord, at: number) => void;
  changes: PendingChanges;
}

export function toStoredAssignment(assignment: AssignmentRecord): StoredAssignment {
  const { task: _task, ...stored } = assignment;
  return stored;
}

const live = (a: AssignmentRecord) => a.status !== "UNAVAILABLE";

/**
 * Assignment lifecycle: REQUESTED → AVAILABLE after the activation delay → UNAVAILABLE on
 * delete (at once, or after the delay when deletes are asynchronous) or network termination;
 * UNAVAILABLE ones stay readable for the retention time. One live assignment per device.
 */
export class AssignmentService {
  #options: AssignmentServiceOptions;
  #assignments = new Map<string, AssignmentRecord>();

  constructor(options: AssignmentServiceOptions) {
    this.#options = { ...options };
  }

  /** Whether revokes are asynchronous; the control API switches it for this process. */
  get asyncDelete(): boolean {
    return this.#options.asyncDelete;
  }

  set asyncDelete(value: boolean) {
    this.#options.asyncDelete = value;
  }

  all(): IterableIterator<AssignmentRecord> {
    return this.#assignments.values();
  }

  get(id: string): AssignmentRecord | undefined {
    return this.#assignments.get(id);
  }

  /** The caller's assignment: 404 when unknown, 403 when another client (or device) owns it. */
  owned(caller: Caller, id: string): AssignmentRecord {
    return ownedBy(caller, this.#assignments.get(id), {
      notFound: `The QoS assignment ${id} is not found.`,
      foreign: "The QoS assignment belongs to another API client.",
    });
  }

  /** The device's assignment for this caller: the live one, else the latest still readable; 404 when none. */
  forDevice(caller: Caller, deviceId: string): AssignmentRecord {
    let found: AssignmentRecord | undefined;
    for (const a of this.#assignments.values()) {
      if (a.deviceId !== deviceId || a.clientId !== caller.clientId) continue;
      if (!found || (live(a) && !live(found)) || (live(a) === live(found) && a.createdAt >= found.createdAt)) found = a;
    }
    if (!found) throw errors.notFound("The device has no QoS assignment.");
    return found;
  }

  create(caller: Caller, device: IdentifiedDevice, input: CreateAssignmentInput, bound: boolean): AssignmentRecord {
    const { clock, profiles } = this.#options;
    applicableProfile(
      profiles,
      input.qosProfile,
      device.record.id,
      "QOS_PROVISIONING.QOS_PROFILE_NOT_APPLICABLE",
      (p) => `The requested QoS profile is not available for this device (${p.status}).`,
    );
    let held = 0;
    for (const other of this.#assignments.values()) {
      if (other.deviceId !== device.record.id) continue;
      if (live(other)) throw errors.conflict(`The device already has a QoS assignment (${other.id}).`);
      held++;
    }
    checkCap(this.#options.caps, "assignmentsPerDevice", held);
    const now = clock.nowMs();
    const assignment: AssignmentRecord = {
      id: randomUUID(),
      clientId: caller.clientId,
      deviceId: device.record.id,
      device: bound ? undefined : device.echoed,
      qosProfile: input.qosProfile,
      sink: input.sink,
      sinkCredential: input.sinkCredential,
      createdAt: now,
      status: "REQUESTED",
      statusInfo: undefined,
      startedAt: undefined,
      endedAt: undefined,
      task: undefined,
    };
    this.#assignments.set(assignment.id, assignment);
    this.#record(assignment, now, "created");
    if (this.#options.activationDelayMs <= 0) this.#activate(assignment, now);
    else this.#schedule(assignment, now + this.#options.activationDelayMs, (at) => this.#activate(assignment, at));
    return assignment;
  }

  /**
   * Revokes an assignment. Synchronous: UNAVAILABLE / DELETE_REQUESTED at once (204).
   * Asynchronous, while AVAILABLE: statusInfo DELETE_REQUESTED now (202), UNAVAILABLE after the delay.
   * Returns whether the removal is still pending.
   */
  delete(assignment: AssignmentRecord): boolean {
    const now = this.#options.clock.nowMs();
    if (assignment.status === "UNAVAILABLE") return false;
    if (this.#options.asyncDelete && assignment.status === "AVAILABLE") {
      if (assignment.statusInfo !== "DELETE_REQUESTED") {
        assignment.statusInfo = "DELETE_REQUESTED";
        // While AVAILABLE, endedAt is when the asynchronous removal completes.
        assignment.endedAt = now + this.#options.activationDelayMs;
        this.#options.changes.assignments.add(assignment.id);
        this.#schedule(assignment, assignment.endedAt, (at) => this.#end(assignment, at, "DELETE_REQUESTED"));
      }
      return true;
    }
    this.#end(assignment, now, "DELETE_REQUESTED");
    return false;
  }

  /** The network ends a live assignment (control API): UNAVAILABLE / NETWORK_TERMINATED. */
  terminate(assignment: AssignmentRecord): AssignmentRecord {
    if (assignment.status === "UNAVAILABLE")
      throw errors.conflict(`The QoS assignment has already ended (${assignment.statusInfo}).`);
    this.#end(assignment, this.#options.clock.nowMs(), "NETWORK_TERMINATED");
    return assignment;
  }

  /** Its sink answered 410: no more notifications. */
  markSinkGone(id: string): void {
    const assignment = this.#assignments.get(id);
    if (!assignment) return;
    assignment.sinkGone = true;
    this.#options.changes.assignments.add(id);
  }

  /** Replaces every assignment with stored ones and rebuilds their pending events. */
  load(stored: readonly StoredAssignment[]): void {
    this.clear();
    const { activationDelayMs, retentionMs } = this.#options;
    for (const row of stored) {
      const assignment: AssignmentRecord = { ...row, task: undefined };
      this.#assignments.set(assignment.id, assignment);
      if (assignment.status === "REQUESTED")
        this.#schedule(assignment, assignment.createdAt + activationDelayMs, (at) => this.#activate(assignment, at));
      else if (assignment.status === "UNAVAILABLE")
        this.#schedule(assignment, (assignment.endedAt ?? assignment.createdAt) + retentionMs, (at) =>
          this.#remove(assignment, at),
        );
      else if (assignment.statusInfo === "DELETE_REQUESTED")
        this.#schedule(assignment, assignment.endedAt ?? assignment.createdAt, (at) =>
          this.#end(assignment, at, "DELETE_REQUESTED"),
        );
    }
  }

  clear(): void {
    for (const assignment of this.#assignments.values()) this.#options.clock.cancel(assignment.task);
    this.#assignments.clear();
  }

  #schedule(assignment: AssignmentRecord, at: number, action: (at: number) => void): void {
    this.#options.clock.cancel(assignment.task);
    assignment.task = this.#options.clock.schedule(at, action);
  }

  #activate(assignment: AssignmentRecord, at: number): void {
    this.#options.clock.cancel(assignment.task);
    assignment.task = undefined;
    assignment.status = "AVAILABLE";
    assignment.startedAt = at;
    this.#record(assignment, at, "activated");
    this.#options.onStatusChange(assignment, at);
  }

  #end(assignment: AssignmentRecord, at: number, why: AssignmentStatusInfo): void {
    assignment.status = "UNAVAILABLE";
    assignment.statusInfo = why;
    assignment.endedAt = at;
    this.#schedule(assignment, at + this.#options.retentionMs, (gone) => this.#remove(assignment, gone));
    this.#record(assignment, at, why === "NETWORK_TERMINATED" ? "terminated" : "deleted");
    this.#options.onStatusChange(assignment, at);
  }

  #remove(assignment: AssignmentRecord, at: number): void {
    if (this.#assignments.get(assignment.id) !== assignment) return;
    this.#options.clock.cancel(assignment.task);
    assignment.task = undefined;
    this.#assignments.delete(assignment.id);
    this.#record(assignment, at, "removed");
  }

  /** Marks the assignment changed and adds the entry to the timeline it shares with sessions. */
  #record(assignment: AssignmentRecord, at: number, kind: SessionEventKind): void {
    const { changes } = this.#options;
    changes.assignments.add(assignment.id);
    changes.sessionEvents.push({
      sessionId: assignment.id,
      subject: "assignment",
      deviceId: assignment.deviceId,
      clientId: assignment.clientId,
      at: rfc3339(at),
      kind,
    });
  }
}
