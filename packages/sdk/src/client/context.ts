import type { Client, QodPaths, QosProfilesPaths } from "@qod/api-client";
import type { Clock } from "../http/clock.js";
import type { Transport } from "../http/transport.js";

/** What devices, sessions and profiles share with their client. Internal. */
export interface ClientContext {
  /** The typed QoD client. */
  qod: Client<QodPaths>;
  /** The typed QoS Profiles client, when a profiles base URL is known. */
  profiles: Client<QosProfilesPaths> | undefined;
  /** Timeouts, retries, typed errors. */
  transport: Transport;
  /** The clock, for remainingSeconds(). */
  clock: Clock;
  /** Whether session profiles may be outside the known catalogue. */
  allowUnknownProfiles: boolean;
}
