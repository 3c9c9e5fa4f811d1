import type { SandboxCaps } from "./control/caps.js";
import type { ServerTimeouts } from "./http/server-timeouts.js";
import type { SandboxLogger } from "./logger.js";
import type { NotificationTransport } from "./notifications/transport.js";
import type { ClockOptions } from "./scheduling/clock.js";

export interface NotificationOptions {
  /** Extra CA certificates (PEM) trusted for sinks, e.g. a local receiver's self-signed one. @default the system's CAs */
  ca?: string | Buffer | Array<string | Buffer>;
  /** How long to wait for a sink to answer, in ms of real time. @default 10000 */
  timeoutMs?: number;
  /** Seconds of sandbox time before each retry; the list's length is the number of retries. @default [1, 2, 4, 8, 16] */
  retryDelaysSeconds?: number[];
  /** Replaces the HTTPS transport (e.g. to record instead of send). @default HTTPS with `ca` */
  transport?: NotificationTransport;
  /** How many delivery attempts `GET /sandbox/v1/notifications` keeps. @default 1000 */
  historySize?: number;
  /**
   * Whether this sandbox sends notifications. When false they wait in the state database until
   * a sandbox on the same file that does send them (e.g. `qod sandbox start`) picks them up. @default true
   */
  deliver?: boolean;
}

export interface ProvisioningOptions {
  /**
   * Revoking an AVAILABLE assignment answers 202 (`AVAILABLE` / `DELETE_REQUESTED`) and ends it
   * `activationDelaySeconds` later, instead of ending it at once with 204. @default false
   */
  asyncDelete?: boolean;
}

export interface SandboxOptions {
  /** Seconds of sandbox time from creation to AVAILABLE; 0 makes sessions AVAILABLE at once. @default 1 */
  activationDelaySeconds?: number;
  /** Seconds an UNAVAILABLE session or assignment stays readable before it is removed. @default 360 */
  retentionSeconds?: number;
  /** QoS Provisioning behaviour. */
  provisioning?: ProvisioningOptions;
  /**
   * Accept PRIVATE_KEY_JWT sink credentials (QoD 1.2.0-rc.3, QoS Provisioning). Notifications to
   * such sinks go without an Authorization header. When false they get `422
   * PRIVATE_KEY_JWT_NOT_CONFIGURED`. @default false
   */
  privateKeyJwtSinks?: boolean;
  /** Sandbox time: its start, and whether it moves with the wall clock. @default frozen at the current time */
  clock?: ClockOptions;
  /**
   * SQLite database that holds the state, shared by every process that opens it: each request
   * is one transaction on it. A JSON state file of earlier releases is imported once into a
   * database beside it (`state.json` → `state.db`). @default memory only
   */
  stateFile?: string;
  /** The static development token; false turns it off. Refused when listening beyond loopback. @default "qod-sandbox-dev-token" */
  devToken?: string | false;
  /** API client id of requests made with the development token. @default "default" */
  devClientId?: string;
  /** Bearer token the control API requires when the sandbox listens on a non-loopback address. @default none */
  adminToken?: string;
  /** `X-RapidAPI-Key` value accepted in place of a bearer token (Network as Code clients). @default not accepted */
  rapidApiKey?: string;
  /** API client id of requests authenticated by `X-RapidAPI-Key`. @default "rapidapi" */
  rapidApiClientId?: string;
  /** Notification delivery. */
  notifications?: NotificationOptions;
  /** Base URL used in notifications' `source`. @default the listening URL, else http://localhost */
  publicUrl?: string;
  /** Largest accepted request body, in bytes. @default 65536 */
  maxBodyBytes?: number;
  /** Upper bounds on devices, tokens, profiles, faults, rate limits and sessions per device; beyond one, `409 CONFLICT`. @default see {@link SandboxCaps} */
  caps?: SandboxCaps;
  /** How long a client may take to send a request when served over HTTP; slower ones get `408`. @default see {@link ServerTimeouts} */
  serverTimeouts?: ServerTimeouts;
  /** Where start-up and delivery problems are reported; false for silence. @default the console */
  logger?: SandboxLogger | false;
  /** Waits for latency faults, in ms of real time; injectable for tests. @default a real timer */
  sleep?: (ms: number) => Promise<void>;
}
