import { ApiError, errors } from "../domain/api-error.js";
import { ipv4Range, ipv6Range } from "../domain/ip.js";
import type { CreateSessionInput } from "../domain/sessions.js";
import type { Device, PortsSpec, ProfileStatus } from "../domain/types.js";
import { type Ajv, PROFILES, QOD, sharedAjv, type ValidateFunction } from "./ajv.js";
import { cleanCredential, cleanDevice, cleanPorts, cleanServer } from "./clean.js";
import { toApiError } from "./messages.js";

type Json = Record<string, unknown>;

/** A validated createSession body. */
export interface CreateSessionRequest extends CreateSessionInput {
  device: Device | undefined;
}

/** A validated retrieveQoSProfiles body. */
export interface ProfileQuery {
  device: Device | undefined;
  name: string | undefined;
  status: ProfileStatus | undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// The sink rules have their own codes, checked before the schema so they win over it.
function checkSink(body: Json): void {
  if ("sink" in body && (typeof body.sink !== "string" || !/^https:\/\/[^/?#\s]+([/?#]\S*)?$/.test(body.sink)))
    throw new ApiError(400, "INVALID_SINK", "sink not valid for the specified protocol: it must be an https:// URL");
  const credential = body.sinkCredential;
  if (!isObject(credential)) return;
  if (typeof credential.credentialType === "string" && credential.credentialType !== "ACCESSTOKEN")
    throw new ApiError(400, "INVALID_CREDENTIAL", "Only Access token is supported");
  if (credential.accessTokenType !== undefined && credential.accessTokenType !== "bearer")
    throw new ApiError(400, "INVALID_TOKEN", "Only bearer token is supported");
}

// JSON Schema cannot compare two fields, so from ≤ to is checked here.
function checkPorts(spec: PortsSpec | undefined, field: string): void {
  spec?.ranges?.forEach((range, i) => {
    if (range.from > range.to) throw errors.outOfRange(`${field}.ranges[${i}]: from must not be greater than to`);
  });
}

/** A device object's identifiers; a 400 when it names none the contract knows (control inputs are not schema-checked). */
export function deviceOrUndefined(raw: unknown, field: string): Device | undefined {
  if (!isObject(raw)) return undefined;
  const device = cleanDevice(raw);
  if (Object.keys(device).length === 0) throw errors.invalidArgument(`${field}: must name at least one identifier`);
  return device;
}

type Schema = readonly [doc: typeof QOD | typeof PROFILES, name: string];

const SCHEMAS = {
  createSession: [QOD, "CreateSession"],
  extend: [QOD, "ExtendSessionDuration"],
  retrieveSessions: [QOD, "RetrieveSessionsInput"],
  sessionId: [QOD, "SessionId"],
  device: [QOD, "Device"],
  profileQuery: [PROFILES, "QosProfileDeviceRequest"],
  profileName: [PROFILES, "QosProfileName"],
} satisfies Record<string, Schema>;

/**
 * Validators from the contract's schemas, each returning a clean value or throwing a 400. Each
 * is compiled when first used: compiling all of them up front costs a one-shot process (the CLI)
 * more than answering its one request.
 */
export class RequestValidators {
  #ajv: () => Ajv;
  #compiled: Partial<Record<keyof typeof SCHEMAS, ValidateFunction>> = {};

  constructor(ajv: () => Ajv) {
    this.#ajv = ajv;
  }

  #validator(key: keyof typeof SCHEMAS): ValidateFunction {
    const compiled = this.#compiled[key];
    if (compiled) return compiled;
    const [doc, name] = SCHEMAS[key];
    const validate = this.#ajv().compile({ $ref: `${doc}#/components/schemas/${name}` });
    this.#compiled[key] = validate;
    return validate;
  }

  createSession(body: unknown): CreateSessionRequest {
    if (isObject(body)) checkSink(body);
    const valid = this.#check(this.#validator("createSession"), body, "body");
    const server = cleanServer(valid.applicationServer as Json);
    // CAMARA 1.1.0 gives the server addresses no pattern, so their shape is checked here.
    if (server.ipv4Address !== undefined && ipv4Range(server.ipv4Address) === undefined)
      throw errors.invalidArgument("applicationServer.ipv4Address: must be an IPv4 address, optionally with a prefix");
    if (server.ipv6Address !== undefined && ipv6Range(server.ipv6Address) === undefined)
      throw errors.invalidArgument("applicationServer.ipv6Address: must be an IPv6 address, optionally with a prefix");
    const devicePorts = cleanPorts(valid.devicePorts as Json | undefined);
    const applicationServerPorts = cleanPorts(valid.applicationServerPorts as Json | undefined);
    checkPorts(devicePorts, "devicePorts");
    checkPorts(applicationServerPorts, "applicationServerPorts");
    const request: CreateSessionRequest = {
      device: deviceOrUndefined(valid.device, "device"),
      applicationServer: server,
      qosProfile: valid.qosProfile as string,
      duration: valid.duration as number,
    };
    if (devicePorts) request.devicePorts = devicePorts;
    if (applicationServerPorts) request.applicationServerPorts = applicationServerPorts;
    if (typeof valid.sink === "string") request.sink = valid.sink;
    const credential = cleanCredential(valid.sinkCredential as Json | undefined);
    if (credential) request.sinkCredential = credential;
    return request;
  }

  /** `requestedAdditionalDuration` of an extend request. */
  extend(body: unknown): number {
    return this.#check(this.#validator("extend"), body, "body").requestedAdditionalDuration as number;
  }

  retrieveSessions(body: unknown): Device | undefined {
    const valid = this.#check(this.#validator("retrieveSessions"), body, "body");
    return deviceOrUndefined(valid.device, "device");
  }

  profileQuery(body: unknown): ProfileQuery {
    const valid = this.#check(this.#validator("profileQuery"), body, "body");
    return {
      device: deviceOrUndefined(valid.device, "device"),
      name: valid.name as string | undefined,
      status: valid.status as ProfileStatus | undefined,
    };
  }

  sessionId(value: string): string {
    if (!this.#validator("sessionId")(value)) throw errors.invalidArgument("sessionId: must be a UUID");
    return value.toLowerCase();
  }

  profileName(value: string): string {
    const validate = this.#validator("profileName");
    if (!validate(value)) throw toApiError(validate.errors ?? [], value, "name");
    return value;
  }

  /** A device object (control API), named `field` in messages. */
  device(value: unknown, field: string): Device {
    const validate = this.#validator("device");
    if (!validate(value)) throw this.#prefixed(toApiError(validate.errors ?? [], value, field), field);
    return deviceOrUndefined(value, field) as Device;
  }

  #prefixed(error: ApiError, field: string): ApiError {
    return error.message.startsWith(field)
      ? error
      : new ApiError(error.status, error.code, `${field}.${error.message}`);
  }

  static #shared: RequestValidators | undefined;

  /** The validators on the shared ajv instance: each compiled at most once per process. */
  static shared(): RequestValidators {
    RequestValidators.#shared ??= new RequestValidators(sharedAjv);
    return RequestValidators.#shared;
  }

  #check(validate: ValidateFunction, body: unknown, root: string): Json {
    if (!validate(body)) throw toApiError(validate.errors ?? [], body, root);
    // Every request schema is an object schema, so a valid body is an object.
    return body as Json;
  }
}
