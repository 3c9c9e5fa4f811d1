import { ApiError, errors } from "../domain/api-error.js";
import { ipv4Range, ipv6Range } from "../domain/ip.js";
import type { CreateSessionInput } from "../domain/sessions.js";
import type { Device, PortsSpec, ProfileStatus, SinkCredential } from "../domain/types.js";
import {
  type Ajv,
  type DocumentId,
  PROFILES,
  PROFILES_RC3,
  PROVISIONING,
  QOD,
  QOD_RC3,
  sharedAjv,
  type ValidateFunction,
} from "./ajv.js";
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

/** Which contract documents a set of validators reads, and how it treats sink credentials. */
export interface ValidatorDocuments {
  qod: DocumentId;
  profiles: DocumentId;
  provisioning: DocumentId;
  /** r3 (QoD 1.1.0): any credential type but ACCESSTOKEN is 400 INVALID_CREDENTIAL. r4: the schema decides. */
  release: "r3" | "r4";
}

export const R3_DOCUMENTS: ValidatorDocuments = {
  qod: QOD,
  profiles: PROFILES,
  provisioning: PROVISIONING,
  release: "r3",
};
export const R4_DOCUMENTS: ValidatorDocuments = {
  qod: QOD_RC3,
  profiles: PROFILES_RC3,
  provisioning: PROVISIONING,
  release: "r4",
};

// The sink rules have their own codes, checked before the schema so they win over it.
function checkSink(body: Json, release: ValidatorDocuments["release"]): void {
  if ("sink" in body && (typeof body.sink !== "string" || !/^https:\/\/[^/?#\s]+([/?#]\S*)?$/.test(body.sink)))
    throw new ApiError(400, "INVALID_SINK", "sink not valid for the specified protocol: it must be an https:// URL");
  const credential = body.sinkCredential;
  if (!isObject(credential)) return;
  const known = release === "r3" ? ["ACCESSTOKEN"] : ["ACCESSTOKEN", "PRIVATE_KEY_JWT"];
  if (typeof credential.credentialType === "string" && !known.includes(credential.credentialType))
    throw new ApiError(
      400,
      "INVALID_CREDENTIAL",
      release === "r3"
        ? "Only Access token is supported"
        : "Only ACCESSTOKEN or PRIVATE_KEY_JWT credentials are supported",
    );
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

type Schema = readonly [doc: "qod" | "profiles" | "provisioning", name: string];

const SCHEMAS = {
  createSession: ["qod", "CreateSession"],
  extend: ["qod", "ExtendSessionDuration"],
  retrieveSessions: ["qod", "RetrieveSessionsInput"],
  sessionId: ["qod", "SessionId"],
  device: ["qod", "Device"],
  profileQuery: ["profiles", "QosProfileDeviceRequest"],
  profileName: ["profiles", "QosProfileName"],
  createAssignment: ["provisioning", "CreateAssignment"],
  retrieveAssignment: ["provisioning", "RetrieveAssignmentByDevice"],
  assignmentId: ["provisioning", "AssignmentId"],
} satisfies Record<string, Schema>;

/** A validated createQosAssignment body. */
export interface CreateAssignmentRequest {
  device: Device | undefined;
  qosProfile: string;
  sink?: string;
  sinkCredential?: SinkCredential;
}

/**
 * Validators from the contract's schemas, each returning a clean value or throwing a 400. Each
 * is compiled when first used: compiling all of them up front costs a one-shot process (the CLI)
 * more than answering its one request.
 */
export class RequestValidators {
  #ajv: () => Ajv;
  #documents: ValidatorDocuments;
  #compiled: Partial<Record<keyof typeof SCHEMAS, ValidateFunction>> = {};

  constructor(ajv: () => Ajv, documents: ValidatorDocuments = R3_DOCUMENTS) {
    this.#ajv = ajv;
    this.#documents = documents;
  }

  #validator(key: keyof typeof SCHEMAS): ValidateFunction {
    const compiled = this.#compiled[key];
    if (compiled) return compiled;
    const [doc, name] = SCHEMAS[key];
    const validate = this.#ajv().compile({ $ref: `${this.#documents[doc]}#/components/schemas/${name}` });
    this.#compiled[key] = validate;
    return validate;
  }

  createSession(body: unknown): CreateSessionRequest {
    if (isObject(body)) checkSink(body, this.#documents.release);
    const valid = this.#check(this.#validator("createSession"), body, "body");
    const server = cleanServer(valid.applicationServer as Json);
    // QoD 1.1.0 gives server addresses no pattern: the sandbox checks them itself.
    if (server.ipv4Address !== undefined && ipv4Range(server.ipv4Address) === undefined)
      throw errors.invalidArgument("applicationServer.ipv4Address: must be an IPv4 address, optionally with a prefix");
    if (server.ipv6Address !== undefined && ipv6Range(server.ipv6Address) === undefined)
      throw errors.invalidArgument("applicationServer.ipv6Address: must be an IPv6 address, optionally with a prefix");
    server.ipAddresses?.forEach((address, i) => {
      if ((address.includes(":") ? ipv6Range(address) : ipv4Range(address)) === undefined)
        throw errors.invalidArgument(`applicationServer.ipAddresses[${i}]: must be an IPv4 or IPv6 address`);
    });
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

  createAssignment(body: unknown): CreateAssignmentRequest {
    if (isObject(body)) checkSink(body, "r4");
    const valid = this.#check(this.#validator("createAssignment"), body, "body");
    const request: CreateAssignmentRequest = {
      device: deviceOrUndefined(valid.device, "device"),
      qosProfile: valid.qosProfile as string,
    };
    if (typeof valid.sink === "string") request.sink = valid.sink;
    const credential = cleanCredential(valid.sinkCredential as Json | undefined);
    if (credential) request.sinkCredential = credential;
    return request;
  }

  retrieveAssignment(body: unknown): Device | undefined {
    const valid = this.#check(this.#validator("retrieveAssignment"), body, "body");
    return deviceOrUndefined(valid.device, "device");
  }

  assignmentId(value: string): string {
    if (!this.#validator("assignmentId")(value)) throw errors.invalidArgument("assignmentId: must be a UUID");
    return value.toLowerCase();
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

  static #shared = new Map<ValidatorDocuments, RequestValidators>();

  /** The validators of one set of documents on the shared ajv instance: each compiled at most once per process. */
  static shared(documents: ValidatorDocuments = R3_DOCUMENTS): RequestValidators {
    let validators = RequestValidators.#shared.get(documents);
    if (!validators) {
      validators = new RequestValidators(sharedAjv, documents);
      RequestValidators.#shared.set(documents, validators);
    }
    return validators;
  }

  #check(validate: ValidateFunction, body: unknown, root: string): Json {
    if (!validate(body)) throw toApiError(validate.errors ?? [], body, root);
    // Every request schema is an object schema, so a valid body is an object.
    return body as Json;
  }
}
