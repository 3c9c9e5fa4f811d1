import { DevicesResource } from "../resources/devices.js";
import { ProfilesResource } from "../resources/profiles.js";
import { SessionsResource } from "../resources/sessions.js";
import { type NetworkAsCodeEnvironment } from "./network-as-code.js";
import type { QodClientOptions } from "./options.js";
/** Options of the Network as Code preset: the application key and the environment, plus any client option. */
export interface NetworkAsCodeOptions
  extends Omit<QodClientOptions, "baseUrl" | "profilesBaseUrl" | "auth" | "rapidApiHost"> {
  /** Which Network as Code environment. @default "prod" */
  env?: NetworkAsCodeEnvironment;
}
/** A Quality on Demand client: `client.devices`, `client.sessions`, `client.profiles`. */
export declare class QodClient {
  /** Devices by identifier; sessions are created from a device. */
  readonly devices: DevicesResource;
  /** Sessions by id. */
  readonly sessions: SessionsResource;
  /** The provider's QoS profiles. */
  readonly profiles: ProfilesResource;
  /** The QoD API root this client talks to. */
  readonly baseUrl: string;
  constructor(options: QodClientOptions);
  /**
   * A client for Nokia's Network as Code: its gateway URLs, `X-RapidAPI-Key` auth with your
   * application key, and the environment's `X-RapidAPI-Host`.
   */
  static networkAsCode(options: NetworkAsCodeOptions): QodClient;
  /** Never shows the token. */
  toJSON(): Record<string, unknown>;
  /** Never shows the token. */
  toString(): string;
}
//# sourceMappingURL=qod-client.d.ts.map
