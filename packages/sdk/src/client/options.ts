import type { TokenSource } from "../http/auth.js";
import type { Clock } from "../http/clock.js";
import type { QodApiVersion } from "./api-urls.js";

/** How to reach and authenticate to a QoD provider. */
export interface QodClientOptions {
  /** Access token (bearer) or application key (rapidapi), or an async function returning one; called before every request so OAuth tokens can be refreshed. */
  token: TokenSource;
  /** How the token is sent: `Authorization: Bearer` or `X-RapidAPI-Key`/`X-RapidAPI-Host`. @default "bearer" */
  auth?: "bearer" | "rapidapi";
  /**
   * The provider's API root, e.g. `https://provider.example` or `https://provider.example/camara`;
   * each API's path is added to it (`/quality-on-demand/v1`, `/qos-profiles/v1`). The full QoD
   * base (ending in `/quality-on-demand/v1`) is accepted too.
   */
  baseUrl: string;
  /**
   * The QoD and QoS Profiles version to speak: the stable `"1.1.0"`, or `"1.2.0-rc.3"` (service
   * address lists, PRIVATE_KEY_JWT sink credentials). Sets the URL version of bases derived from
   * the root (`/quality-on-demand/v1` or `/v1rc3`) and the answers' validation. @default "1.1.0"
   */
  apiVersion?: QodApiVersion;
  /** Where the QoS Profiles API lives when not under `baseUrl`: a root, or the full base ending in `/qos-profiles/v1`. @default derived from baseUrl */
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
  /** The clock used for timeouts, retry waits, status polling and `remainingSeconds()`. @default the system clock, with `remainingSeconds()` on the provider's clock (its `Date` header) */
  clock?: Clock;
  /** For tests: a source of numbers in [0, 1) for retry jitter. @default Math.random */
  random?: () => number;
}

/** Defaults of the optional settings. */
export const DEFAULTS = {
  auth: "bearer",
  timeout: 30_000,
  maxRetries: 2,
} as const;
