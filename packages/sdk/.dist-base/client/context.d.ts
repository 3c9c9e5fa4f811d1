import type { QodPaths, QosProfilesPaths } from "@qod/api-client";
import type { Api } from "../http/api.js";
import type { Clock } from "../http/clock.js";
import type { Transport } from "../http/transport.js";
/** What devices, sessions and profiles share with their client. Internal. */
export interface ClientContext {
  /** Requests of the QoD API, typed by the contract. */
  qod: Api<QodPaths>;
  /** Requests of the QoS Profiles API, when a profiles base URL is known. */
  profiles: Api<QosProfilesPaths> | undefined;
  /** Timeouts, retries, typed errors. */
  transport: Transport;
  /** The clock, for remainingSeconds(). */
  clock: Clock;
  /** Whether session profiles may be outside the known catalogue. */
  allowUnknownProfiles: boolean;
}
//# sourceMappingURL=context.d.ts.map
