import type { PendingChanges } from "../storage/pending-changes.js";
import { errors } from "./api-error.js";
import { ipv6Key } from "./ip.js";
import {
  type Device,
  type DeviceIpv4Address,
  type DeviceRecord,
  IDENTIFIER_TYPES,
  type IdentifierType,
} from "./types.js";

/** What a CAMARA provider accepts: everything but the network access identifier. */
export const DEFAULT_SUPPORTED_IDENTIFIERS: readonly IdentifierType[] = ["phoneNumber", "ipv4Address", "ipv6Address"];

/** A device as the request named it, resolved to the network's record. */
export interface IdentifiedDevice {
  readonly record: DeviceRecord;
  /** The one identifier the provider picked, echoed in responses. */
  readonly echoed: Device;
}

/** Input of `add`. */
export interface DeviceInput {
  device: Device;
  eligible?: boolean;
  supportedIdentifiers?: readonly IdentifierType[];
}

function ipv4Matches(known: DeviceIpv4Address | undefined, asked: DeviceIpv4Address): boolean {
  if (!known || known.publicAddress !== asked.publicAddress) return false;
  if (asked.privateAddress !== undefined && asked.privateAddress !== known.privateAddress) return false;
  // A device with no fixed public port is reachable on any port of its NAT.
  if (asked.publicPort !== undefined && known.publicPort !== undefined && asked.publicPort !== known.publicPort)
    return false;
  return true;
}

/** The devices the network knows, indexed by each identifier type. */
export class DeviceRegistry {
  #byId = new Map<string, DeviceRecord>();
  #byPhone = new Map<string, string>();
  #byNai = new Map<string, string>();
  #byIpv6 = new Map<string, string>();
  #byIpv4Public = new Map<string, string[]>();
  #nextId = 1;
  #changes: PendingChanges;

  constructor(changes: PendingChanges) {
    this.#changes = changes;
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): DeviceRecord | undefined {
    return this.#byId.get(id);
  }

  all(): DeviceRecord[] {
    return [...this.#byId.values()];
  }

  /** Registers a device; `409 CONFLICT` when one of its identifiers already names another device. */
  add(input: DeviceInput): DeviceRecord {
    const device = input.device;
    const taken = IDENTIFIER_TYPES.find((type) => device[type] !== undefined && this.#lookup(type, device, true));
    if (taken) throw errors.conflict(`device.${taken}: already registered to another device`);
    const record: DeviceRecord = {
      id: `device-${this.#nextId}`,
      device: structuredClone(device),
      eligible: input.eligible ?? true,
      supportedIdentifiers: [...(input.supportedIdentifiers ?? DEFAULT_SUPPORTED_IDENTIFIERS)],
    };
    this.#index(record);
    this.#changes.devices.add(record.id);
    return record;
  }

  /** Replaces every device with stored records (the caller checked them). */
  load(records: readonly DeviceRecord[]): void {
    this.clear();
    for (const record of records) this.#index(record);
  }

  #index(record: DeviceRecord): void {
    const device = record.device;
    const n = Number(/^device-(\d+)$/.exec(record.id)?.[1]);
    if (n >= this.#nextId) this.#nextId = n + 1;
    this.#byId.set(record.id, record);
    if (device.phoneNumber !== undefined) this.#byPhone.set(device.phoneNumber, record.id);
    if (device.networkAccessIdentifier !== undefined) this.#byNai.set(device.networkAccessIdentifier, record.id);
    const v6 = device.ipv6Address === undefined ? undefined : ipv6Key(device.ipv6Address);
    if (v6 !== undefined) this.#byIpv6.set(v6, record.id);
    if (device.ipv4Address) {
      const list = this.#byIpv4Public.get(device.ipv4Address.publicAddress) ?? [];
      list.push(record.id);
      this.#byIpv4Public.set(device.ipv4Address.publicAddress, list);
    }
  }

  clear(): void {
    this.#byId.clear();
    this.#byPhone.clear();
    this.#byNai.clear();
    this.#byIpv6.clear();
    this.#byIpv4Public.clear();
    this.#nextId = 1;
  }

  /**
   * Resolves a request's `device` following the identification rules: unknown →
   * `404 IDENTIFIER_NOT_FOUND`; only identifiers the network does not support →
   * `422 UNSUPPORTED_IDENTIFIER`; identifiers naming different devices → 404. Eligibility is
   * the caller's concern (sessions refuse, profile listings answer `[]`).
   */
  identify(device: Device): IdentifiedDevice {
    const provided = IDENTIFIER_TYPES.filter((type) => device[type] !== undefined);
    const found = new Map<IdentifierType, string | undefined>();
    const ids = new Set<string>();
    for (const type of provided) {
      const id = this.#lookup(type, device, false);
      found.set(type, id);
      if (id) ids.add(id);
    }
    const [first] = ids;
    if (first === undefined) {
      if (provided.every((type) => !DEFAULT_SUPPORTED_IDENTIFIERS.includes(type))) throw errors.unsupportedIdentifier();
      throw errors.identifierNotFound();
    }
    if (ids.size > 1) throw errors.identifierNotFound("The device identifiers provided do not match the same device.");
    const record = this.#byId.get(first) as DeviceRecord;
    const usable = provided.filter((type) => record.supportedIdentifiers.includes(type));
    const chosen = usable[0];
    if (chosen === undefined) throw errors.unsupportedIdentifier();
    if (usable.some((type) => found.get(type) !== record.id))
      throw errors.identifierNotFound("The device identifiers provided do not match the same device.");
    // The caller's device object is its own clean copy: sharing its parts costs nothing.
    return { record, echoed: { [chosen]: device[chosen] } };
  }

  #lookup(type: IdentifierType, device: Device, exact: boolean): string | undefined {
    switch (type) {
      case "phoneNumber":
        return this.#byPhone.get(device.phoneNumber as string);
      case "networkAccessIdentifier":
        return this.#byNai.get(device.networkAccessIdentifier as string);
      case "ipv6Address": {
        const key = ipv6Key(device.ipv6Address as string);
        return key === undefined ? undefined : this.#byIpv6.get(key);
      }
      case "ipv4Address": {
        const asked = device.ipv4Address as DeviceIpv4Address;
        const candidates = this.#byIpv4Public.get(asked.publicAddress) ?? [];
        return candidates.find((id) => {
          const known = this.#byId.get(id)?.device.ipv4Address;
          if (!exact) return ipv4Matches(known, asked);
          return known?.privateAddress === asked.privateAddress && known?.publicPort === asked.publicPort;
        });
      }
    }
  }
}
