import type { QodPaths, QosProfilesPaths } from "@qod/api-client";
import { ValidationError } from "../errors/validation-error.js";
import { Api } from "../http/api.js";
import { Credentials } from "../http/auth.js";
import { SecretStore } from "../http/secrets.js";
import { Transport } from "../http/transport.js";
import { DevicesResource } from "../resources/devices.js";
import { ProfilesResource } from "../resources/profiles.js";
import { SessionsResource } from "../resources/sessions.js";
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
  /** The QoD API root this client talks to. */
  readonly baseUrl: string;

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
    const context: ClientContext = {
      qod: new Api<QodPaths>(o.baseUrl),
      profiles: o.profilesBaseUrl === undefined ? undefined : new Api<QosProfilesPaths>(o.profilesBaseUrl),
      transport: new Transport({
        clock: o.clock,
        random: o.random,
        timeout: o.timeout,
        maxRetries: o.maxRetries,
        correlator: o.correlator,
        secrets,
        credentials,
        fetch: o.fetch,
      }),
      clock: o.clock,
      allowUnknownProfiles: o.allowUnknownProfiles,
    };
    this.baseUrl = o.baseUrl;
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
      baseUrl: `${environment.apiRoot}/quality-on-demand/v1`,
      profilesBaseUrl: `${environment.apiRoot}/qos-profiles/v1`,
      rapidApiHost: environment.rapidApiHost,
    });
  }

  /** Never shows the token. */
  toJSON(): Record<string, unknown> {
    return { baseUrl: this.baseUrl };
  }

  /** Never shows the token. */
  toString(): string {
    return `QodClient(${this.baseUrl})`;
  }
}
