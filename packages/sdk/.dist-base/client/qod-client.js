import { ValidationError } from "../errors/validation-error.js";
import { Api } from "../http/api.js";
import { Credentials } from "../http/auth.js";
import { SecretStore } from "../http/secrets.js";
import { Transport } from "../http/transport.js";
import { DevicesResource } from "../resources/devices.js";
import { ProfilesResource } from "../resources/profiles.js";
import { SessionsResource } from "../resources/sessions.js";
import { networkAsCodeEnvironments } from "./network-as-code.js";
import { resolveOptions } from "./resolve-options.js";
/** A Quality on Demand client: `client.devices`, `client.sessions`, `client.profiles`. */
export class QodClient {
  /** Devices by identifier; sessions are created from a device. */
  devices;
  /** Sessions by id. */
  sessions;
  /** The provider's QoS profiles. */
  profiles;
  /** The QoD API root this client talks to. */
  baseUrl;
  constructor(options) {
    const o = resolveOptions(options);
    const secrets = new SecretStore();
    const credentials = new Credentials({
      token: o.token,
      auth: o.auth,
      rapidApiHost: o.rapidApiHost,
      userAgent: o.userAgent,
      secrets,
    });
    const context = {
      qod: new Api(o.baseUrl),
      profiles: o.profilesBaseUrl === undefined ? undefined : new Api(o.profilesBaseUrl),
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
  static networkAsCode(options) {
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
  toJSON() {
    return { baseUrl: this.baseUrl };
  }
  /** Never shows the token. */
  toString() {
    return `QodClient(${this.baseUrl})`;
  }
}
//# sourceMappingURL=qod-client.js.map
