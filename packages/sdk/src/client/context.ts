import type { QodPaths, QosProfilesPaths } from "@qod/api-client";
import type { Api } from "../http/api.js";
import type { Clock } from "../http/clock.js";
import type { Transport } from "../http/transport.js";

/** What devices, sessions and profiles share with their client. Internal. */
export interface ClientContext {
  /** Requests of the QoD API, typed by the contract. */
  qod: Api<QodPaths>;
  /** Requests of the QoS Profiles API. */
  profiles: Api<QosProfilesPaths>;
  /** Timeouts, retries, typed errors. */
  transport: Transport;
  /** The clock, for waits. */
  clock: Clock;
  /** The provider's time in ms, for remainingSeconds(): the given clock, else the provider's `Date` headers. */
  providerNow: () => number;
  /** Jitter for the waits between status polls. */
  random: () => number;
  /** Whether session profiles may be outside the known catalogue. */
  allowUnknownProfiles: boolean;
}
