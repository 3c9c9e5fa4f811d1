import { knownQosProfiles } from "@qod/api-client";

export { knownQosProfiles };

const names = new Set(knownQosProfiles.map((p) => p.name));
/** True when the name is one of the known profile labels. */
export function isKnownQosProfile(name) {
  return names.has(name);
}
//# sourceMappingURL=catalogue.js.map
