import type { QodPaths, QosProfilesPaths, QosProvisioningPaths } from "@qod/api-client";
import { ValidationError } from "../errors/validation-error.js";
import { Api } from "../http/api.js";
import { Credentials } from "../http/auth.js";
import { sessionOperations } from "../http/operations.js";
import { SecretStore } from "../http/secrets.js";
import { ServerTime } from "../http/server-time.js";
import { Transport } from "../http/transport.js";
import { AssignmentsResource } from "../resources/assignments.js";
import { DevicesResource } from "../resources/devices.js";
import { ProfilesResource } from "../resources/profiles.js";
import { SessionsResource } from "../resources/sessions.js";
import type { QodApiVersion } from "./api-urls.js";
import type { ClientContext } from "./context.js";
import { type NetworkAsCodeEnvironment, networkAsCodeEnvironments } from "./network-as-code.js";
import type { QodClientOptions } from "./options.js";
import { resolveOptions } from "./resolve-options.js";

/** Options of the Network as Code preset: the application key and the environment, plus any client option. */
export interface NetworkAsCodeOptions
  extends Omit<QodClientOptions, "baseUrl" | "profilesBaseUrl" | "auth" | "rapidApiHost"> {
  /** Which Network as Code environment. @default "prod" */
  env?: NetworkAsCodeEnvironment;
}

/** A Quality on Demand client: `client.devices`, `client.sessions`, `client.profiles`. */
export class QodClient {
  /** Devices by identifier; sessions are created from a device. */
  readonly devices: DevicesResource;
  /** Sessions by id. */
  readonly sessions: SessionsResource;
  /** The provider's QoS profiles. */
  readonly profiles: ProfilesResource;
  /** QoS assignments by id (QoS Provisioning); assignments are made from a device. */
  readonly assignments: AssignmentsResource;
  /** The QoD and QoS Profiles version this client speaks. */
  readonly apiVersion: QodApiVersion;
  /** The API root every base URL below is derived from. */
  readonly apiRoot: string;
  /** The Quality on Demand base this client sends to (`…/quality-on-demand/v1`). */
  readonly baseUrl: string;
  /** The QoS Profiles base this client sends to (`…/qos-profiles/v1`). */
  readonly profilesBaseUrl: string;
  /** The QoS Provisioning base this client sends to (`…/qos-provisioning/v0.4rc1`). */
  readonly provisioningBaseUrl: string;

  constructor(options: QodClientOptions) {
    const o = resolveOptions(options);
    const secrets = new SecretStore();
    const credentials = new Credentials({
      token: o.token,
      auth: o.auth,
      rapidApiHost: o.rapidApiHost,
      userAgent: o.userAgent,
      secrets,
    });
    const serverTime = new ServerTime(o.clock);
    const context: ClientContext = {
      qod: new Api<QodPaths>(o.baseUrl),
      profiles: new Api<QosProfilesPaths>(o.profilesBaseUrl),
      provisioning: new Api<QosProvisioningPaths>(o.provisioningBaseUrl),
      apiVersion: o.apiVersion,
      sessionOps: sessionOperations[o.apiVersion],
      transport: new Transport({
        clock: o.clock,
        random: o.random,
        timeout: o.timeout,
        maxRetries: o.maxRetries,
        correlator: o.correlator,
        secrets,
        credentials,
        serverTime,
        fetch: o.fetch,
      }),
      clock: o.clock,
      providerNow: o.clockGiven ? () => o.clock.now() : () => serverTime.now(),
      random: o.random,
      allowUnknownProfiles: o.allowUnknownProfiles,
    };
    this.apiRoot = o.apiRoot;
    this.baseUrl = o.baseUrl;
    this.profilesBaseUrl = o.profilesBaseUrl;
    this.provisioningBaseUrl = o.provisioningBaseUrl;
    this.apiVersion = o.apiVersion;
    this.assignments = new AssignmentsResource(context);
    this.devices = new DevicesResource(context);
    this.sessions = new SessionsResource(context);
    this.profiles = new ProfilesResource(context);
  }

  /**
   * A client for Nokia's Network as Code: its gateway URLs, `X-RapidAPI-Key` auth with your
   * application key, and the environment's `X-RapidAPI-Host`.
   */
  static networkAsCode(options: NetworkAsCodeOptions): QodClient {
    const { env = "prod", ...rest } = options;
    const environment = networkAsCodeEnvironments[env];
    if (!environment) throw new ValidationError([{ path: "options.env", message: "must be 'prod' or 'dev'" }]);
    return new QodClient({
      ...rest,
      auth: "rapidapi",
      baseUrl: environment.apiRoot,
      rapidApiHost: environment.rapidApiHost,
    });
  }

  /** Never shows the token. */
  toJSON(): Record<string, unknown> {
    return {
      apiRoot: this.apiRoot,
      apiVersion: this.apiVersion,
      baseUrl: this.baseUrl,
      profilesBaseUrl: this.profilesBaseUrl,
      provisioningBaseUrl: this.provisioningBaseUrl,
    };
  }

  /** Never shows the token. */
  toString(): string {
    return `QodClient(${this.baseUrl})`;
  }
}
