import { type KnownQosProfile, knownQosProfiles } from "@qod/api-client";

export type { KnownQosProfile };
export { knownQosProfiles };

const names: ReadonlySet<string> = new Set(knownQosProfiles.map((p) => p.name));

/** True when the name is one of the known profile labels. */
export function isKnownQosProfile(name: string): name is KnownQosProfile {
  return names.has(name);
}
