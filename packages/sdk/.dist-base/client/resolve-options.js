import { ValidationError } from "../errors/validation-error.js";
import { systemClock } from "../http/clock.js";
import { SDK_VERSION } from "../version.js";
import { checkBaseUrl } from "./base-url.js";
import { DEFAULTS, deriveProfilesBaseUrl } from "./options.js";

function positive(value, field, issues, allowZero) {
  const ok = typeof value === "number" && Number.isInteger(value) && (allowZero ? value >= 0 : value > 0);
  if (!ok) issues.push({ path: field, message: `must be a whole number${allowZero ? ", 0 or more" : " above 0"}` });
}
/** Checks the options; every problem is reported at once in a ValidationError. */
export function resolveOptions(options) {
  const issues = [];
  const o = options ?? {};
  const allowInsecure = o.allowInsecure === true;
  if (!(typeof o.token === "function" || (typeof o.token === "string" && o.token.length > 0))) {
    issues.push({ path: "options.token", message: "give the access token or API key, or a function returning one" });
  }
  const auth = o.auth ?? DEFAULTS.auth;
  if (auth !== "bearer" && auth !== "rapidapi") {
    issues.push({ path: "options.auth", message: "must be 'bearer' or 'rapidapi'" });
  }
  if (auth === "rapidapi" && !(typeof o.rapidApiHost === "string" && o.rapidApiHost.length > 0)) {
    issues.push({
      path: "options.rapidApiHost",
      message: "is required with auth 'rapidapi' (the X-RapidAPI-Host value)",
    });
  }
  const baseUrl = checkBaseUrl("options.baseUrl", o.baseUrl, allowInsecure, issues);
  const profilesBaseUrl =
    o.profilesBaseUrl === undefined
      ? baseUrl && deriveProfilesBaseUrl(baseUrl)
      : checkBaseUrl("options.profilesBaseUrl", o.profilesBaseUrl, allowInsecure, issues);
  const timeout = o.timeout ?? DEFAULTS.timeout;
  positive(timeout, "options.timeout", issues, false);
  const maxRetries = o.maxRetries ?? DEFAULTS.maxRetries;
  positive(maxRetries, "options.maxRetries", issues, true);
  for (const key of ["fetch", "correlator", "random"]) {
    if (o[key] !== undefined && typeof o[key] !== "function") {
      issues.push({ path: `options.${key}`, message: "must be a function" });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    token: o.token,
    auth,
    baseUrl: baseUrl,
    profilesBaseUrl,
    rapidApiHost: o.rapidApiHost,
    timeout,
    maxRetries,
    fetch: o.fetch,
    correlator: o.correlator ?? (() => globalThis.crypto.randomUUID()),
    userAgent: o.userAgent ?? `qod-sdk-typescript/${SDK_VERSION}`,
    allowUnknownProfiles: o.allowUnknownProfiles === true,
    clock: o.clock ?? systemClock,
    random: o.random ?? Math.random,
  };
}
//# sourceMappingURL=resolve-options.js.map
