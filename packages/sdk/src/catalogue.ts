import { type KnownQosProfile, knownQosProfiles } from "@qod/api-client";

export type { KnownQosProfile };

/**
 * A profile name: one of the known labels (offered by editors) or any other string, since
 * providers may define their own. `(string & {})` keeps the labels from collapsing into `string`.
 */
export type QosProfileName = KnownQosProfile | (string & {});
export { knownQosProfiles };

const names: ReadonlySet<string> = new Set(knownQosProfiles.map((p) => p.name));

/** True when the name is one of the known profile labels. */
export function isKnownQosProfile(name: string): name is KnownQosProfile {
  return names.has(name);
}
