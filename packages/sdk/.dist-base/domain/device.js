import { NotFoundError } from "../errors/api-error.js";
import { ClearSessionsError } from "../errors/clear-sessions-error.js";
import { QodError } from "../errors/qod-error.js";
import { createSessionInputSchema, createSessionInputSchemaAnyProfile } from "../validation/input-schemas.js";
import { parseInput } from "../validation/parse.js";
import { createSessionOnce, retrieveSessions } from "./create-session.js";
import { mapSettled } from "./pool.js";
import { Session } from "./session.js";

/** How many deletes clearSessions() runs at once: quick, without flooding the provider. */
const CLEAR_CONCURRENCY = 4;
function copyIdentifiers(identifiers) {
  return Object.freeze({
    ...identifiers,
    ...(identifiers.ipv4Address && { ipv4Address: Object.freeze({ ...identifiers.ipv4Address }) }),
  });
}
/** A device (a phone, a modem...) the network can prioritise traffic for. Get one from `client.devices.get()`. */
export class Device {
  /** E.164 phone number. */
  phoneNumber;
  /** Network access identifier, `user@realm`. */
  networkAccessIdentifier;
  /** How the network sees the device over IPv4. */
  ipv4Address;
  /** The device's IPv6 address. */
  ipv6Address;
  #identifiers;
  #context;
  /** @internal Devices come from `client.devices.get()`. */
  constructor(context, identifiers) {
    this.#context = context;
    this.#identifiers = copyIdentifiers(identifiers);
    this.phoneNumber = this.#identifiers.phoneNumber;
    this.networkAccessIdentifier = this.#identifiers.networkAccessIdentifier;
    this.ipv4Address = this.#identifiers.ipv4Address;
    this.ipv6Address = this.#identifiers.ipv6Address;
  }
  /** The identifiers as the wire carries them (a fresh copy). */
  toIdentifiers() {
    const ids = this.#identifiers;
    return { ...ids, ...(ids.ipv4Address && { ipv4Address: { ...ids.ipv4Address } }) };
  }
  async createQodSession(first, second, third) {
    const input = typeof first === "string" ? { ...second, profile: first } : first;
    const callOptions = typeof first === "string" ? third : second;
    const schema = this.#context.allowUnknownProfiles ? createSessionInputSchemaAnyProfile : createSessionInputSchema;
    const request = parseInput(schema, input);
    const info = await createSessionOnce(this.#context, { device: this.toIdentifiers(), ...request }, callOptions);
    return new Session(this.#context, info, this);
  }
  /** This device's sessions; `[]` only when the provider says there are none. */
  async sessions(options) {
    const list = await retrieveSessions(this.#context, this.toIdentifiers(), options);
    return list.map((info) => new Session(this.#context, info, this));
  }
  /**
   * Deletes every session of this device, a few at a time, and waits for each delete. A session
   * already gone (404) counts as deleted. If any delete fails, throws one ClearSessionsError
   * listing which ids failed and why. Returns the ids deleted.
   */
  async clearSessions(options) {
    const sessions = await this.sessions(options);
    const results = await mapSettled(sessions, CLEAR_CONCURRENCY, (s) => s.delete(options));
    const deleted = [];
    const failures = [];
    results.forEach((result, i) => {
      const sessionId = sessions[i].id;
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
  toJSON() {
    return this.toIdentifiers();
  }
}
//# sourceMappingURL=device.js.map
