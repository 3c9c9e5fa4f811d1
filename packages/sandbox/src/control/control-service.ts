import { ALL_SCOPES, type Scope } from "../auth/scopes.js";
import type { SandboxCore } from "../core.js";
import { errors } from "../domain/api-error.js";
import { ProfileStore } from "../domain/profiles.js";
import { toSessionInfo } from "../domain/sessions.js";
import { rfc3339 } from "../domain/time.js";
import type { Device, DeviceRecord, IdentifierType, ProfileRecord, ProfileStatus } from "../domain/types.js";
import type { DeliveryRecord } from "../notifications/notifier.js";
import { sharedAjv, type ValidateFunction } from "../validation/ajv.js";
import { toApiError } from "../validation/messages.js";
import { deviceOrUndefined } from "../validation/request-validators.js";
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

  constructor(core: SandboxCore) {
    this.#core = core;
  }

  mintToken(body: unknown = {}): MintedToken {
    const input = this.#check<MintTokenInput>("token", body);
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
    core.markChanged();
    return { accessToken, tokenType: "bearer", expiresAt: rfc3339(expiresAt) };
  }

  addDevice(body: unknown): DeviceView {
    const input = this.#check<{ device: Device; eligible?: boolean; supportedIdentifiers?: IdentifierType[] }>(
      "device",
      body,
    );
    checkCap(this.#core.caps, "devices", this.#core.devices.size);
    const record = this.#core.devices.add({
      device: deviceOrUndefined(input.device, "device") as Device,
      ...(input.eligible === undefined ? {} : { eligible: input.eligible }),
      ...(input.supportedIdentifiers === undefined ? {} : { supportedIdentifiers: input.supportedIdentifiers }),
    });
    this.#core.markChanged();
    return deviceView(record);
  }

  devices(): DeviceView[] {
    return this.#core.devices.all().map(deviceView);
  }

  /** Creates or updates a profile; `created` tells which. */
  putProfile(name: string, body: unknown): { created: boolean; profile: Record<string, unknown> } {
    const core = this.#core;
    const validName = core.validators.profileName(name);
    const input = this.#check<ProfileInput>("profile", body);
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
    core.markChanged();
    return { created: existing === undefined, profile: this.#profileView(record) };
  }

  clock(): { now: string; realtime: boolean } {
    return { now: rfc3339(this.#core.clock.nowMs()), realtime: this.#core.clock.realtime };
  }

  /** Moves sandbox time; resolves once the notifications it triggered were attempted. */
  async advance(body: unknown): Promise<{ now: string }> {
    const { seconds } = this.#check<{ seconds: number }>("advance", body);
    const now = this.#core.clock.advance(seconds);
    this.#core.markChanged();
    await this.#core.notifier.idle();
    return { now: rfc3339(now.getTime()) };
  }

  terminate(sessionId: string): Record<string, unknown> {
    const core = this.#core;
    const session = core.sessions.get(core.validators.sessionId(sessionId));
    if (!session) throw errors.notFound(`The session ${sessionId} is not found.`);
    return toSessionInfo(core.sessions.terminate(session));
  }

  /** Adds a fault; returns it. */
  addFault(body: unknown): ActiveFault {
    const spec = this.#check<FaultSpec>("fault", body);
    checkCap(this.#core.caps, "faults", this.#core.faults.size);
    const fault = this.#core.faults.add(spec);
    this.#core.markChanged();
    return fault;
  }

  clearFaults(): void {
    this.#core.faults.clear();
    this.#core.markChanged();
  }

  /** Sets (or replaces) a rate limit; returns it. */
  setLimit(body: unknown): RateLimit {
    const input = this.#check<RateLimit>("limit", body);
    const { limiter, caps } = this.#core;
    if (!limiter.has(input.clientId)) checkCap(caps, "rateLimits", limiter.size);
    const limit = limiter.set(input);
    this.#core.markChanged();
    return limit;
  }

  clearLimits(): void {
    this.#core.limiter.clear();
    this.#core.markChanged();
  }

  reset(body: unknown = {}): void {
    const { keepTokens } = this.#check<{ keepTokens?: boolean }>("reset", body);
    this.#core.reset(keepTokens ?? false);
  }

  notifications(): DeliveryRecord[] {
    return this.#core.notifier.history();
  }

  state(): StateSnapshot {
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
