import { type KnownQosProfile, knownQosProfiles } from "@qod/api-client";

export type { KnownQosProfile };
export { knownQosProfiles };
/** True when the name is one of the known profile labels. */
export declare function isKnownQosProfile(name: string): name is KnownQosProfile;
//# sourceMappingURL=catalogue.d.ts.map
