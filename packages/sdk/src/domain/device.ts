import type { QosProfileName } from "../catalogue.js";
import type { ClientContext } from "../client/context.js";
import { NotFoundError } from "../errors/api-error.js";
import { ClearSessionsError, type SessionDeleteFailure } from "../errors/clear-sessions-error.js";
import { QodError } from "../errors/qod-error.js";
import type { CallOptions } from "../http/transport.js";
import { assignQosInputSchema, assignQosInputSchemaAnyProfile } from "../validation/assignment-schemas.js";
import { createSessionInputSchema, createSessionInputSchemaAnyProfile } from "../validation/input-schemas.js";
import { parseInput } from "../validation/parse.js";
import { Assignment } from "./assignment.js";
import { createAssignmentOnce, retrieveAssignment } from "./assignment-calls.js";
import { createSessionOnce, retrieveSessions } from "./create-session.js";
import { mapSettled } from "./pool.js";
import { Session } from "./session.js";
import type { AssignQosInput, CreateSessionInput, CreateSessionOptions, DeviceIdentifiers } from "./types.js";
import { checkVersionFeatures } from "./version-features.js";

/** How many deletes clearSessions() runs at once: quick, without flooding the provider. */
const CLEAR_CONCURRENCY = 4;

function copyIdentifiers(identifiers: DeviceIdentifiers): DeviceIdentifiers {
  return Object.freeze({
    ...identifiers,
    ...(identifiers.ipv4Address && { ipv4Address: Object.freeze({ ...identifiers.ipv4Address }) }),
  });
}

/** A device (a phone, a modem...) the network can prioritise traffic for. Get one from `client.devices.get()`. */
export class Device {
  /** E.164 phone number. */
  readonly phoneNumber: string | undefined;
  /** Network access identifier, `user@realm`. */
  readonly networkAccessIdentifier: string | undefined;
  /** How the network sees the device over IPv4. */
  readonly ipv4Address: DeviceIdentifiers["ipv4Address"];
  /** The device's IPv6 address. */
  readonly ipv6Address: string | undefined;
  readonly #identifiers: DeviceIdentifiers;
  readonly #context: ClientContext;

  /** @internal Devices come from `client.devices.get()`. */
  constructor(context: ClientContext, identifiers: DeviceIdentifiers) {
    this.#context = context;
    this.#identifiers = copyIdentifiers(identifiers);
    this.phoneNumber = this.#identifiers.phoneNumber;
    this.networkAccessIdentifier = this.#identifiers.networkAccessIdentifier;
    this.ipv4Address = this.#identifiers.ipv4Address;
    this.ipv6Address = this.#identifiers.ipv6Address;
  }

  /** The identifiers as the wire carries them (a fresh copy). */
  toIdentifiers(): DeviceIdentifiers {
    const ids = this.#identifiers;
    return { ...ids, ...(ids.ipv4Address && { ipv4Address: { ...ids.ipv4Address } }) };
  }

  /**
   * Asks the network to prioritise this device's traffic with one application server.
   * `createQodSession({ profile, serviceIpv4, duration })`, or, as in the Network as Code SDK,
   * `createQodSession("QOS_L", { serviceIpv4, duration })`. Input is checked before sending.
   */
  createQodSession(input: CreateSessionInput, options?: CallOptions): Promise<Session>;
  createQodSession(profile: QosProfileName, input: CreateSessionOptions, options?: CallOptions): Promise<Session>;
  async createQodSession(
    first: CreateSessionInput | string,
    second?: CreateSessionOptions | CallOptions,
    third?: CallOptions,
  ): Promise<Session> {
    const input = typeof first === "string" ? { ...(second as CreateSessionOptions), profile: first } : first;
    const callOptions = typeof first === "string" ? third : (second as CallOptions | undefined);
    const schema = this.#context.allowUnknownProfiles ? createSessionInputSchemaAnyProfile : createSessionInputSchema;
    const request = parseInput(schema, input);
    checkVersionFeatures(this.#context.apiVersion, request);
    const info = await createSessionOnce(this.#context, { device: this.toIdentifiers(), ...request }, callOptions);
    return new Session(this.#context, info, this);
  }

  /**
   * Assigns a QoS profile to this device until revoked (QoS Provisioning 0.4.0-rc.1):
   * `assignQos({ profile: "QOS_L", sink?, sinkCredential? })`. The device has at most one
   * assignment: a second is a ConflictError. Input is checked before sending; a create that
   * fails ambiguously is looked up by device, never sent twice.
   */
  async assignQos(input: AssignQosInput, options?: CallOptions): Promise<Assignment> {
    const schema = this.#context.allowUnknownProfiles ? assignQosInputSchemaAnyProfile : assignQosInputSchema;
    const body = { device: this.toIdentifiers(), ...parseInput(schema, input) };
    return new Assignment(this.#context, await createAssignmentOnce(this.#context, body, options), this);
  }

  /** This device's QoS assignment, or undefined when it has none. */
  async qosAssignment(options?: CallOptions): Promise<Assignment | undefined> {
    const info = await retrieveAssignment(this.#context, this.toIdentifiers(), options);
    return info && new Assignment(this.#context, info, this);
  }

  /** This device's sessions; `[]` only when the provider says there are none. */
  async sessions(options?: CallOptions): Promise<Session[]> {
    const list = await retrieveSessions(this.#context, this.toIdentifiers(), options);
    return list.map((info) => new Session(this.#context, info, this));
  }

  /**
   * Deletes every session of this device, a few at a time, and waits for each delete. A session
   * already gone (404) counts as deleted. If any delete fails, throws one ClearSessionsError
   * listing which ids failed and why. Returns the ids deleted.
   */
  async clearSessions(options?: CallOptions): Promise<string[]> {
    const sessions = await this.sessions(options);
    const results = await mapSettled(sessions, CLEAR_CONCURRENCY, (s) => s.delete(options));
    const deleted: string[] = [];
    const failures: SessionDeleteFailure[] = [];
    results.forEach((result, i) => {
      const sessionId = (sessions[i] as Session).id;
      if (result.ok || result.error instanceof NotFoundError) deleted.push(sessionId);
      else {
        const error = result.error instanceof QodError ? result.error : new QodError(String(result.error));
        failures.push({ sessionId, error });
      }
    });
    if (failures.length > 0) throw new ClearSessionsError(deleted, failures);
    return deleted;
  }

  /** The identifiers as plain JSON. */
  toJSON(): DeviceIdentifiers {
    return this.toIdentifiers();
  }
}
