import type { PendingChanges } from "../storage/pending-changes.js";
import type { ProfileRecord, ProfileStatus } from "./types.js";

/** The QoS Profiles API's view of a profile. */
export type WireProfile = {
  name: string;
  status: ProfileStatus;
  description?: string;
  minDuration: { value: number; unit: "Seconds" };
  maxDuration: { value: number; unit: "Seconds" };
} & Record<string, unknown>;

/** The profiles the network offers, in the order they were added. */
export class ProfileStore {
  #byName = new Map<string, ProfileRecord>();
  #changes: PendingChanges;

  constructor(changes: PendingChanges) {
    this.#changes = changes;
  }

  get size(): number {
    return this.#byName.size;
  }

  get(name: string): ProfileRecord | undefined {
    return this.#byName.get(name);
  }

  all(): ProfileRecord[] {
    return [...this.#byName.values()];
  }

  put(record: ProfileRecord): void {
    this.#byName.set(record.name, record);
    this.#changes.profiles.add(record.name);
  }

  /** Replaces every profile with stored records. */
  load(records: readonly ProfileRecord[]): void {
    this.clear();
    for (const record of records) this.#byName.set(record.name, record);
  }

  clear(): void {
    this.#byName.clear();
  }

  /** Whether a device (by id) may use the profile; profiles without a restriction serve everyone. */
  static allows(profile: ProfileRecord, deviceId: string): boolean {
    return profile.restrictedTo === undefined || profile.restrictedTo.includes(deviceId);
  }

  static toWire(profile: ProfileRecord): WireProfile {
    const wire: WireProfile = {
      name: profile.name,
      ...(profile.description === undefined ? {} : { description: profile.description }),
      status: profile.status,
      ...profile.details,
      minDuration: { value: profile.minDuration, unit: "Seconds" },
      maxDuration: { value: profile.maxDuration, unit: "Seconds" },
    };
    return wire;
  }
}
