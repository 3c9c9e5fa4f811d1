import { assignmentInfo } from "../api/session-shapes.js";
import { ALL_SCOPES, type Scope } from "../auth/scopes.js";
import type { SandboxCore } from "../core.js";
import { errors } from "../domain/api-error.js";
import { ProfileStore } from "../domain/profiles.js";
import { toSessionInfo } from "../domain/sessions.js";
import { rfc3339 } from "../domain/time.js";
import type { Device, DeviceRecord, IdentifierType, ProfileRecord, ProfileStatus } from "../domain/types.js";
import { SESSION_EVENT_HISTORY, type SessionEvent } from "../events/session-events.js";
import type { DeliveryRecord } from "../notifications/notifier.js";
import { sharedAjv, type ValidateFunction } from "../validation/ajv.js";
import { toApiError } from "../validation/messages.js";
import { deviceOrUndefined, R4_DOCUMENTS, RequestValidators } from "../validation/request-validators.js";
import { checkCap } from "./caps.js";
import type { ActiveFault, FaultSpec } from "./faults.js";
import type { RateLimit } from "./rate-limiter.js";
import { type ControlSchemaName, controlSchemas } from "./schemas.js";

/** Body of `POST /sandbox/v1/tokens`. */
export interface MintTokenInput {
  /** @default "default" */
  clientId?: string;
  /** @default every scope */
  scopes?: Scope[];
  /** Binds the token to this device (3-legged). */
  device?: Device;
  /** Seconds of sandbox time until it expires; 0 or less: already expired. @default 3600 */
  expiresIn?: number;
}

export interface MintedToken {
  accessToken: string;
  tokenType: "bearer";
  expiresAt: string;
}

/** A device as the control API shows it. */
export interface DeviceView {
  id: string;
  device: Device;
  eligible: boolean;
  supportedIdentifiers: IdentifierType[];
}

/** Body of `PUT /sandbox/v1/profiles/{name}`; durations in seconds. */
export interface ProfileInput {
  status: ProfileStatus;
  minDuration?: number;
  maxDuration?: number;
  /** Devices that may use it; null or [] removes the restriction. */
  restrictedTo?: Device[] | null;
  description?: string;
}

/** `GET /sandbox/v1/state`: everything but secrets (tokens and sink credentials). */
export interface StateSnapshot {
  now: string;
  realtime: boolean;
  devices: DeviceView[];
  profiles: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  assignments: Record<string, unknown>[];
  tokens: number;
  faults: ActiveFault[];
  limits: RateLimit[];
  scheduledEvents: number;
}

const DEFAULT_TOKEN_SECONDS = 3600;

function deviceView(record: DeviceRecord): DeviceView {
  return {
    id: record.id,
    device: structuredClone(record.device),
    eligible: record.eligible,
    supportedIdentifiers: [...record.supportedIdentifiers],
  };
}

// Compiled on first use and shared by every sandbox in the process, like the request validators:
// most processes (a CLI call) never touch the control API.
const compiled = new Map<ControlSchemaName, ValidateFunction>();

function validatorFor(name: ControlSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = sharedAjv().compile(controlSchemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}

/** The control API's operations, validated; the HTTP routes and the programmatic API share them. */
export class ControlService {
  #core: SandboxCore;
  #historySize: number;

  constructor(core: SandboxCore, historySize: number) {
    this.#core = core;
    this.#historySize = historySize;
  }

  mintToken(body: unknown = {}): MintedToken {
    const input = this.#check<MintTokenInput>("token", body);
    return this.#core.transact(true, () => this.#mint(input));
  }

  #mint(input: MintTokenInput): MintedToken {
    const core = this.#core;
    const now = core.clock.nowMs();
    core.tokens.prune(now);
    checkCap(core.caps, "tokens", core.tokens.size);
    const deviceId =
      input.device === undefined
        ? undefined
        : core.devices.identify(deviceOrUndefined(input.device, "device") as Device).record.id;
    const expiresAt = now + (input.expiresIn ?? DEFAULT_TOKEN_SECONDS) * 1000;
    const accessToken = core.tokens.mint({
      clientId: input.clientId ?? "default",
      scopes: [...(input.scopes ?? ALL_SCOPES)],
      ...(deviceId === undefined ? {} : { deviceId }),
      expiresAt,
    });
    return { accessToken, tokenType: "bearer", expiresAt: rfc3339(expiresAt) };
  }

  addDevice(body: unknown): DeviceView {
    const input = this.#check<{ device: Device; eligible?: boolean; supportedIdentifiers?: IdentifierType[] }>(
      "device",
      body,
    );
    const device = deviceOrUndefined(input.device, "device") as Device;
    const record = this.#core.transact(true, () => {
      checkCap(this.#core.caps, "devices", this.#core.devices.size);
      return this.#core.devices.add({
        device,
        ...(input.eligible === undefined ? {} : { eligible: input.eligible }),
        ...(input.supportedIdentifiers === undefined ? {} : { supportedIdentifiers: input.supportedIdentifiers }),
      });
    });
    return deviceView(record);
  }

  devices(): DeviceView[] {
    return this.#core.transact(false, () => this.#core.devices.all().map(deviceView));
  }

  /** Creates or updates a profile; `created` tells which. */
  putProfile(name: string, body: unknown): { created: boolean; profile: Record<string, unknown> } {
    const core = this.#core;
    const validName = core.validators.profileName(name);
    const input = this.#check<ProfileInput>("profile", body);
    return core.transact(true, () => this.#putProfile(validName, input));
  }

  #putProfile(validName: string, input: ProfileInput): { created: boolean; profile: Record<string, unknown> } {
    const core = this.#core;
    const existing = core.profiles.get(validName);
    if (!existing) checkCap(core.caps, "profiles", core.profiles.all().length);
    const minDuration = input.minDuration ?? existing?.minDuration ?? 1;
    const maxDuration = input.maxDuration ?? existing?.maxDuration ?? 86_400;
    if (minDuration > maxDuration) throw errors.outOfRange("minDuration: must not be greater than maxDuration");
    const restrictedTo =
      input.restrictedTo === undefined
        ? existing?.restrictedTo
        : input.restrictedTo === null || input.restrictedTo.length === 0
          ? undefined
          : input.restrictedTo.map(
              (d, i) => core.devices.identify(deviceOrUndefined(d, `restrictedTo[${i}]`) as Device).record.id,
            );
    const description = input.description ?? existing?.description;
    const record: ProfileRecord = {
      name: validName,
      status: input.status,
      minDuration,
      maxDuration,
      ...(description === undefined ? {} : { description }),
      ...(restrictedTo === undefined ? {} : { restrictedTo }),
      ...(existing?.details === undefined ? {} : { details: existing.details }),
    };
    core.profiles.put(record);
    return { created: existing === undefined, profile: this.#profileView(record) };
  }

  clock(): { now: string; realtime: boolean } {
    return this.#core.transact(false, () => ({
      now: rfc3339(this.#core.clock.nowMs()),
      realtime: this.#core.clock.realtime,
    }));
  }

  /** Moves sandbox time; resolves once the notifications it triggered were attempted. */
  async advance(body: unknown): Promise<{ now: string }> {
    const { seconds } = this.#check<{ seconds: number }>("advance", body);
    const now = this.advanceNow(seconds);
    await this.#core.notifier.idle();
    return { now: rfc3339(now.getTime()) };
  }

  /** Moves sandbox time, firing what falls due; notifications go out after the commit. */
  advanceNow(seconds: number): Date {
    return this.#core.transact(true, () => this.#core.clock.advance(seconds));
  }

  terminate(sessionId: string): Record<string, unknown> {
    const core = this.#core;
    const id = core.validators.sessionId(sessionId);
    return core.transact(true, () => {
      const session = core.sessions.get(id);
      if (!session) throw errors.notFound(`The session ${sessionId} is not found.`);
      return toSessionInfo(core.sessions.terminate(session));
    });
  }

  /** How this process revokes QoS assignments: `{asyncDelete}` (the `provisioning` option, switched at run time). */
  provisioning(body?: unknown): { asyncDelete: boolean } {
    const assignments = this.#core.assignments;
    if (body !== undefined)
      assignments.asyncDelete = this.#check<{ asyncDelete: boolean }>("provisioning", body).asyncDelete;
    return { asyncDelete: assignments.asyncDelete };
  }

  /** The network ends a QoS assignment: UNAVAILABLE / NETWORK_TERMINATED. */
  terminateAssignment(assignmentId: string): Record<string, unknown> {
    const core = this.#core;
    const id = RequestValidators.shared(R4_DOCUMENTS).assignmentId(assignmentId);
    return core.transact(true, () => {
      const assignment = core.assignments.get(id);
      if (!assignment) throw errors.notFound(`The QoS assignment ${assignmentId} is not found.`);
      return assignmentInfo(core.assignments.terminate(assignment));
    });
  }

  /** Adds a fault; returns it. */
  addFault(body: unknown): ActiveFault {
    const spec = this.#check<FaultSpec>("fault", body);
    return this.#core.transact(true, () => {
      checkCap(this.#core.caps, "faults", this.#core.faults.size);
      return this.#core.faults.add(spec);
    });
  }

  clearFaults(): void {
    this.#core.transact(true, () => this.#core.faults.clear());
  }

  /** Sets (or replaces) a rate limit; returns it. */
  setLimit(body: unknown): RateLimit {
    const input = this.#check<RateLimit>("limit", body);
    return this.#core.transact(true, () => {
      const { limiter, caps } = this.#core;
      if (!limiter.has(input.clientId)) checkCap(caps, "rateLimits", limiter.size);
      return limiter.set(input);
    });
  }

  clearLimits(): void {
    this.#core.transact(true, () => this.#core.limiter.clear());
  }

  reset(body: unknown = {}): void {
    const { keepTokens } = this.#check<{ keepTokens?: boolean }>("reset", body);
    this.#core.transact(true, () => this.#core.reset(keepTokens ?? false));
  }

  /** Recent notification delivery attempts of every process on this state, oldest first. */
  notifications(): DeliveryRecord[] {
    return this.#core.transact(false, () => this.#core.store.deliveries(this.#historySize));
  }

  /** Recent session timeline marks (created, activated, extended, ...), oldest first. */
  sessionEvents(): SessionEvent[] {
    return this.#core.transact(false, () => this.#core.store.sessionEvents(SESSION_EVENT_HISTORY));
  }

  state(): StateSnapshot {
    return this.#core.transact(false, () => this.#state());
  }

  #state(): StateSnapshot {
    const core = this.#core;
    return {
      now: rfc3339(core.clock.nowMs()),
      realtime: core.clock.realtime,
      devices: this.devices(),
      profiles: core.profiles.all().map((p) => this.#profileView(p)),
      sessions: [...core.sessions.all()].map((s) => ({
        ...toSessionInfo(s),
        clientId: s.clientId,
        deviceId: s.deviceId,
      })),
      assignments: [...core.assignments.all()].map((a) => ({
        ...assignmentInfo(a),
        clientId: a.clientId,
        deviceId: a.deviceId,
      })),
      tokens: core.tokens.size,
      faults: core.faults.list(),
      limits: core.limiter.list(),
      scheduledEvents: core.clock.pending,
    };
  }

  #profileView(profile: ProfileRecord): Record<string, unknown> {
    return {
      ...ProfileStore.toWire(profile),
      ...(profile.restrictedTo === undefined ? {} : { restrictedTo: [...profile.restrictedTo] }),
    };
  }

  #check<T>(name: ControlSchemaName, body: unknown): T {
    const validate = validatorFor(name);
    if (!validate(body)) throw toApiError(validate.errors ?? [], body, "body");
    return body as T;
  }
}
