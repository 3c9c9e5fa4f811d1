import type { TokenSource } from "../http/auth.js";
import { type Clock } from "../http/clock.js";
import { type QodClientOptions } from "./options.js";
/** The client's options, checked and with defaults filled in. */
export interface ResolvedOptions {
  token: TokenSource;
  auth: "bearer" | "rapidapi";
  baseUrl: string;
  profilesBaseUrl: string | undefined;
  rapidApiHost: string | undefined;
  timeout: number;
  maxRetries: number;
  fetch: ((request: Request) => Promise<Response>) | undefined;
  correlator: () => string;
  userAgent: string;
  allowUnknownProfiles: boolean;
  clock: Clock;
  random: () => number;
}
/** Checks the options; every problem is reported at once in a ValidationError. */
export declare function resolveOptions(options: QodClientOptions): ResolvedOptions;
//# sourceMappingURL=resolve-options.d.ts.map
