import { isKnownQosProfile, knownQosProfiles } from "@qod/sdk";
import { UsageError } from "../cli-error.js";
import { didYouMean } from "./suggest.js";

/** The sandbox's profiles for trying out refusals (inactive, deprecated...). */
const TEST_PROFILE_PREFIX = "QOS_TEST_";

/**
 * Whether the SDK must accept a profile outside the catalogue: the sandbox's test profiles
 * (`QOS_TEST_*`, listed by `qod profiles list`) are accepted like --allow-unknown-profile;
 * anything else unknown is refused with the nearest known name.
 */
export function checkProfile(profile: string, allowUnknown: boolean): boolean {
  if (allowUnknown || isKnownQosProfile(profile)) return allowUnknown;
  if (profile.startsWith(TEST_PROFILE_PREFIX)) return true;
  const names = knownQosProfiles.map((p) => p.name);
  throw new UsageError(
    `unknown profile ${JSON.stringify(profile)}${didYouMean(profile, names)} (see 'qod profiles list'; --allow-unknown-profile sends it anyway)`,
    "--profile",
  );
}
