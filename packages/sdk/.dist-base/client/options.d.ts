import type { TokenSource } from "../http/auth.js";
import type { Clock } from "../http/clock.js";
/** How to reach and authenticate to a QoD provider. */
export interface QodClientOptions {
  /** Access token (bearer) or application key (rapidapi), or an async function returning one; called before every request so OAuth tokens can be refreshed. */
  token: TokenSource;
  /** How the token is sent: `Authorization: Bearer` or `X-RapidAPI-Key`/`X-RapidAPI-Host`. @default "bearer" */
  auth?: "bearer" | "rapidapi";
  /** The QoD API root including `/quality-on-demand/v1`, e.g. `https://provider.example/quality-on-demand/v1`. */
  baseUrl: string;
  /** The QoS Profiles API root including `/qos-profiles/v1`. @default baseUrl with `/quality-on-demand/v1` replaced by `/qos-profiles/v1` */
  profilesBaseUrl?: string;
  /** The `X-RapidAPI-Host` header value; required when `auth` is `rapidapi`. */
  rapidApiHost?: string;
  /** Milliseconds each attempt may take before it fails with a TimeoutError. @default 30000 */
  timeout?: number;
  /** Retries after the first attempt, for calls that may be retried. @default 2 */
  maxRetries?: number;
  /** The fetch to use (a test double, a proxy-aware fetch...). @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Produces the `x-correlator` of each call. @default crypto.randomUUID */
  correlator?: () => string;
  /** The `User-Agent` header. @default "qod-sdk-typescript/<version>" */
  userAgent?: string;
  /** Allow `http://` base URLs that are not loopback (tokens then travel in clear text). @default false */
  allowInsecure?: boolean;
  /** Accept any profile name of the wire's shape, not only the known catalogue. @default false */
  allowUnknownProfiles?: boolean;
  /** For tests: the clock used for timeouts, retry waits and `remainingSeconds()`. @default the system clock */
  clock?: Clock;
  /** For tests: a source of numbers in [0, 1) for retry jitter. @default Math.random */
  random?: () => number;
}
/** Defaults of the optional settings. */
export declare const DEFAULTS: {
  readonly auth: "bearer";
  readonly timeout: 30000;
  readonly maxRetries: 2;
};
/** `https://x/quality-on-demand/v1` → `https://x/qos-profiles/v1`, or undefined when the path differs. */
export declare function deriveProfilesBaseUrl(baseUrl: string): string | undefined;
//# sourceMappingURL=options.d.ts.map
