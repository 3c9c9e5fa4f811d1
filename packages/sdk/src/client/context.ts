import type { QodPaths, QosProfilesPaths, QosProvisioningPaths } from "@qod/api-client";
import type { Api } from "../http/api.js";
import type { Clock } from "../http/clock.js";
import type { SessionOperations } from "../http/operations.js";
import type { Transport } from "../http/transport.js";
import type { QodApiVersion } from "./api-urls.js";

/** What devices, sessions and profiles share with their client. Internal. */
export interface ClientContext {
  /** Requests of the QoD API, typed by the 1.1.0 contract (1.2.0-rc.3 bodies differ only where noted). */
  qod: Api<QodPaths>;
  /** Requests of the QoS Profiles API. */
  profiles: Api<QosProfilesPaths>;
  /** Requests of the QoS Provisioning API. */
  provisioning: Api<QosProvisioningPaths>;
  /** The QoD version spoken: which features may be sent and how answers are checked. */
  apiVersion: QodApiVersion;
  /** The session operations of that version. */
  sessionOps: SessionOperations;
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
