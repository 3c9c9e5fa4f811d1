import { ValidationError, type ValidationIssue } from "../errors/validation-error.js";
import type { TokenSource } from "../http/auth.js";
import { type Clock, systemClock } from "../http/clock.js";
import { randomCorrelator } from "../http/transport.js";
import { SDK_VERSION } from "../version.js";
import { apiUrls, type QodApiVersion, qodApiVersions } from "./api-urls.js";
import { checkBaseUrl } from "./base-url.js";
import { DEFAULTS, type QodClientOptions } from "./options.js";

/** The client's options, checked and with defaults filled in. */
export interface ResolvedOptions {
  token: TokenSource;
  auth: "bearer" | "rapidapi";
  /** The API root the bases below come from. */
  apiRoot: string;
  /** The QoD base. */
  baseUrl: string;
  /** The QoS Profiles base. */
  profilesBaseUrl: string;
  /** The QoS Provisioning base. */
  provisioningBaseUrl: string;
  apiVersion: QodApiVersion;
  rapidApiHost: string | undefined;
  timeout: number;
  maxRetries: number;
  fetch: ((request: Request) => Promise<Response>) | undefined;
  correlator: () => string;
  userAgent: string;
  allowUnknownProfiles: boolean;
  clock: Clock;
  /** Whether the caller gave a clock: then `remainingSeconds()` reads it instead of the provider's. */
  clockGiven: boolean;
  random: () => number;
}

function positive(value: unknown, field: string, issues: ValidationIssue[], allowZero: boolean): void {
  const ok = typeof value === "number" && Number.isInteger(value) && (allowZero ? value >= 0 : value > 0);
  if (!ok) issues.push({ path: field, message: `must be a whole number${allowZero ? ", 0 or more" : " above 0"}` });
}

/** Checks the options; every problem is reported at once in a ValidationError. */
export function resolveOptions(options: QodClientOptions): ResolvedOptions {
  const issues: ValidationIssue[] = [];
  const o = (options ?? {}) as Partial<QodClientOptions>;
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
      ? undefined
      : checkBaseUrl("options.profilesBaseUrl", o.profilesBaseUrl, allowInsecure, issues);
  const apiVersion = o.apiVersion ?? "1.1.0";
  if (!qodApiVersions.includes(apiVersion))
    issues.push({ path: "options.apiVersion", message: `must be ${qodApiVersions.map((v) => `'${v}'`).join(" or ")}` });
  const timeout = o.timeout ?? DEFAULTS.timeout;
  positive(timeout, "options.timeout", issues, false);
  const maxRetries = o.maxRetries ?? DEFAULTS.maxRetries;
  positive(maxRetries, "options.maxRetries", issues, true);
  for (const key of ["fetch", "correlator", "random"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "function") {
      issues.push({ path: `options.${key}`, message: "must be a function" });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const urls = apiUrls(baseUrl as string, profilesBaseUrl, apiVersion);
  return {
    token: o.token as TokenSource,
    auth,
    apiRoot: urls.root,
    baseUrl: urls.qod,
    profilesBaseUrl: urls.qosProfiles,
    provisioningBaseUrl: urls.qosProvisioning,
    apiVersion,
    rapidApiHost: o.rapidApiHost,
    timeout,
    maxRetries,
    fetch: o.fetch,
    correlator: o.correlator ?? randomCorrelator,
    userAgent: o.userAgent ?? `qod-sdk-typescript/${SDK_VERSION}`,
    allowUnknownProfiles: o.allowUnknownProfiles === true,
    clock: o.clock ?? systemClock,
    clockGiven: o.clock !== undefined,
    random: o.random ?? Math.random,
  };
}
