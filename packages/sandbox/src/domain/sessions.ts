import { randomUUID } from "node:crypto";
import { checkCap, type ResolvedCaps } from "../control/caps.js";
import type { SessionEventKind } from "../events/session-events.js";
import type { SandboxClock } from "../scheduling/clock.js";
import type { PendingChanges } from "../storage/pending-changes.js";
import type { StoredSession } from "../storage/state-rows.js";
import { applicableProfile, type Caller, ownedBy } from "./access.js";
import { ApiError, errors } from "./api-error.js";
import type { IdentifiedDevice } from "./devices.js";
import { flowsOverlap, toFlow } from "./flows.js";
import type { ProfileStore } from "./profiles.js";
import { conflictWith } from "./session-conflict.js";
import { rfc3339 } from "./time.js";
import type { ApplicationServer, PortsSpec, SessionRecord, SinkCredential, StatusInfo } from "./types.js";

/** A createSession request that already passed validation. */
export interface CreateSessionInput {
  applicationServer: ApplicationServer;
  devicePorts?: PortsSpec;
  applicationServerPorts?: PortsSpec;
  qosProfile: string;
  duration: number;
  sink?: string;
  sinkCredential?: SinkCredential;
}

export type { Caller } from "./access.js";

export interface SessionServiceOptions {
  clock: SandboxClock;
  profiles: ProfileStore;
  /** ms between creation and AVAILABLE; 0 makes sessions AVAILABLE at once. */
  activationDelayMs: number;
  /** ms an UNAVAILABLE session stays readable before it is removed. */
  retentionMs: number;
  /** Called on every status change, with the sandbox time it happened at (notifications). */
  onStatusChange: (session: SessionRecord, at: number) => void;
  /** Where changed sessions and their timeline events are recorded for the commit. */
  changes: PendingChanges;
  caps: ResolvedCaps;
}

/** A session as the database keeps it: without the caches derived from it. */
export function toStoredSession(session: SessionRecord): StoredSession {
  const { flow: _flow, task: _task, ...stored } = session;
  return stored;
}

/** The QoD `SessionInfo` of a session; fields in the contract's order, absent ones left out. */
export function toSessionInfo(s: SessionRecord): Record<string, unknown> {
  const info: Record<string, unknown> = { sessionId: s.id };
  if (s.device !== undefined) info.device = s.device;
  info.applicationServer = s.applicationServer;
  if (s.devicePorts !== undefined) info.devicePorts = s.devicePorts;
  if (s.applicationServerPorts !== undefined) info.applicationServerPorts = s.applicationServerPorts;
  info.qosProfile = s.qosProfile;
  if (s.sink !== undefined) info.sink = s.sink;
  info.duration = s.duration;
  if (s.startedAt !== undefined) info.startedAt = rfc3339(s.startedAt);
  if (s.status === "AVAILABLE" && s.startedAt !== undefined) info.expiresAt = rfc3339(s.startedAt + s.duration * 1000);
  else if (s.status === "UNAVAILABLE" && s.endedAt !== undefined) info.expiresAt = rfc3339(s.endedAt);
  info.qosStatus = s.status;
  if (s.statusInfo !== undefined) info.statusInfo = s.statusInfo;
  return info;
}

/**
 * Session lifecycle: REQUESTED → AVAILABLE (after the activation delay) → UNAVAILABLE at
 * expiry, on network termination or on delete; UNAVAILABLE sessions stay readable for the
 * retention time. Each session has at most one pending event in the clock's queue.
 */
export class SessionService {
  #options: SessionServiceOptions;
  #sessions = new Map<string, SessionRecord>();
  #byDevice = new Map<string, Set<SessionRecord>>();

  constructor(options: SessionServiceOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#sessions.size;
  }

  all(): IterableIterator<SessionRecord> {
    return this.#sessions.values();
  }

  get(id: string): SessionRecord | undefined {
    return this.#sessions.get(id);
  }

  /** The caller's session: `404 NOT_FOUND` when unknown, `403` when another client (or device) owns it. */
  owned(caller: Caller, id: string): SessionRecord {
    return ownedBy(caller, this.#sessions.get(id), {
      notFound: `The session ${id} is not found.`,
      foreign: "The session belongs to another API client.",
    });
  }

  /** The caller's sessions of one device, oldest first. */
  forDevice(caller: Caller, deviceId: string): SessionRecord[] {
    return [...(this.#byDevice.get(deviceId) ?? [])].filter((s) => s.clientId === caller.clientId);
  }

  create(caller: Caller, device: IdentifiedDevice, input: CreateSessionInput, bound: boolean): SessionRecord {
    const { clock, profiles } = this.#options;
    const profile = applicableProfile(
      profiles,
      input.qosProfile,
      device.record.id,
      "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE",
      (p) =>
        p.status === "ACTIVE"
          ? "The requested QoS Profile is not available for this device."
          : `The requested QoS Profile is currently not available for session creation (${p.status}).`,
    );
    if (input.duration < profile.minDuration || input.duration > profile.maxDuration)
      throw new ApiError(
        400,
        "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE",
        `The requested duration is out of the allowed range for the specified QoS profile (${profile.minDuration} to ${profile.maxDuration} seconds)`,
      );
    const flow = toFlow(input.applicationServer, input.devicePorts, input.applicationServerPorts);
    checkCap(this.#options.caps, "sessionsPerDevice", this.#byDevice.get(device.record.id)?.size ?? 0);
    for (const other of this.#byDevice.get(device.record.id) ?? []) {
      const blocks = other.status !== "UNAVAILABLE" || other.statusInfo === "NETWORK_TERMINATED";
      if (blocks && flowsOverlap(flow, other.flow)) throw conflictWith(caller, other);
    }
    const now = clock.nowMs();
    const session: SessionRecord = {
      id: randomUUID(),
      clientId: caller.clientId,
      deviceId: device.record.id,
      device: bound ? undefined : device.echoed,
      applicationServer: input.applicationServer,
      devicePorts: input.devicePorts,
      applicationServerPorts: input.applicationServerPorts,
      qosProfile: input.qosProfile,
      sink: input.sink,
      sinkCredential: input.sinkCredential,
      createdAt: now,
      duration: input.duration,
      status: "REQUESTED",
      statusInfo: undefined,
      startedAt: undefined,
      endedAt: undefined,
      flow,
      task: undefined,
    };
    this.#index(session);
    this.#record(session, now, "created");
    if (this.#options.activationDelayMs <= 0) this.#activate(session, now);
    else this.#schedule(session, now + this.#options.activationDelayMs, (at) => this.#activate(session, at));
    return session;
  }

  /** Adds seconds to an AVAILABLE session, capped at the profile's maximum duration. */
  extend(session: SessionRecord, seconds: number): SessionRecord {
    if (session.status !== "AVAILABLE" || session.startedAt === undefined)
      throw new ApiError(
        409,
        "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED",
        `Extending the session duration is not allowed in the current state (${session.status}). The session must be in the AVAILABLE state.`,
      );
    const cap = this.#options.profiles.get(session.qosProfile)?.maxDuration ?? Number.POSITIVE_INFINITY;
    // Never shorten: a profile whose maximum was lowered later must not cut a session short.
    session.duration = Math.max(session.duration, Math.min(session.duration + seconds, cap));
    const startedAt = session.startedAt;
    this.#schedule(session, startedAt + session.duration * 1000, (at) => this.#end(session, at, "DURATION_EXPIRED"));
    this.#record(session, this.#options.clock.nowMs(), "extended");
    return session;
  }

  /** Deletes a session; an AVAILABLE one reports DELETE_REQUESTED to its sink. */
  delete(session: SessionRecord): void {
    const wasAvailable = session.status === "AVAILABLE";
    const now = this.#options.clock.nowMs();
    this.#remove(session, now, "deleted");
    if (wasAvailable) {
      session.status = "UNAVAILABLE";
      session.statusInfo = "DELETE_REQUESTED";
      session.endedAt = now;
      this.#options.onStatusChange(session, now);
    }
  }

  /** The network ends a live session (control API): UNAVAILABLE / NETWORK_TERMINATED. */
  terminate(session: SessionRecord): SessionRecord {
    if (session.status === "UNAVAILABLE")
      throw errors.conflict(`The session has already ended (${session.statusInfo}).`);
    this.#end(session, this.#options.clock.nowMs(), "NETWORK_TERMINATED");
    return session;
  }

  /** Replaces every session with stored ones and rebuilds their pending events. */
  load(stored: readonly StoredSession[]): void {
    this.clear();
    for (const session of stored)
      this.#restore({
        ...session,
        flow: toFlow(session.applicationServer, session.devicePorts, session.applicationServerPorts),
        task: undefined,
      });
  }

  #restore(session: SessionRecord): void {
    this.#index(session);
    const { activationDelayMs, retentionMs } = this.#options;
    if (session.status === "REQUESTED")
      this.#schedule(session, session.createdAt + activationDelayMs, (at) => this.#activate(session, at));
    else if (session.status === "AVAILABLE" && session.startedAt !== undefined)
      this.#schedule(session, session.startedAt + session.duration * 1000, (at) =>
        this.#end(session, at, "DURATION_EXPIRED"),
      );
    else
      this.#schedule(session, (session.endedAt ?? session.createdAt) + retentionMs, (at) => this.#remove(session, at));
  }

  clear(): void {
    for (const session of this.#sessions.values()) this.#options.clock.cancel(session.task);
    this.#sessions.clear();
    this.#byDevice.clear();
  }

  #record(session: SessionRecord, at: number, kind: SessionEventKind): void {
    const { changes } = this.#options;
    changes.sessions.add(session.id);
    changes.sessionEvents.push({
      sessionId: session.id,
      deviceId: session.deviceId,
      clientId: session.clientId,
      at: rfc3339(at),
      kind,
      ...(kind === "created" || kind === "extended" ? { duration: session.duration } : {}),
    });
  }

  #index(session: SessionRecord): void {
    this.#sessions.set(session.id, session);
    let set = this.#byDevice.get(session.deviceId);
    if (!set) {
      set = new Set();
      this.#byDevice.set(session.deviceId, set);
    }
    set.add(session);
  }

  #schedule(session: SessionRecord, at: number, action: (at: number) => void): void {
    this.#options.clock.cancel(session.task);
    session.task = this.#options.clock.schedule(at, action);
  }

  #activate(session: SessionRecord, at: number): void {
    session.status = "AVAILABLE";
    session.startedAt = at;
    this.#schedule(session, at + session.duration * 1000, (end) => this.#end(session, end, "DURATION_EXPIRED"));
    this.#record(session, at, "activated");
    this.#options.onStatusChange(session, at);
  }

  #end(session: SessionRecord, at: number, why: StatusInfo): void {
    session.status = "UNAVAILABLE";
    session.statusInfo = why;
    session.endedAt = at;
    this.#schedule(session, at + this.#options.retentionMs, (gone) => this.#remove(session, gone));
    this.#record(session, at, why === "DURATION_EXPIRED" ? "expired" : "terminated");
    this.#options.onStatusChange(session, at);
  }

  #remove(session: SessionRecord, at: number, kind: "removed" | "deleted" = "removed"): void {
    if (this.#sessions.get(session.id) !== session) return;
    this.#record(session, at, kind);
    this.#options.clock.cancel(session.task);
    session.task = undefined;
    this.#sessions.delete(session.id);
    const set = this.#byDevice.get(session.deviceId);
    set?.delete(session);
    if (set?.size === 0) this.#byDevice.delete(session.deviceId);
  }
}
