// The Upstream the daemon runs with: @qod/sdk's QodClient. Session objects are kept by id so
// extend and delete need no extra read.
import type { Clock, Session } from "@qod/sdk";
import { NotFoundError, QodClient } from "@qod/sdk";
import type { DaemonConfig } from "../config/load-config.js";
import { TokenProvider } from "../config/token-provider.js";
import type { DeviceSpec } from "../model/session-spec.js";
import type { CreateRequest, Upstream, UpstreamSession } from "./upstream.js";

const UNIT_SECONDS: Record<string, number> = {
  Days: 86400,
  Hours: 3600,
  Minutes: 60,
  Seconds: 1,
  Milliseconds: 0.001,
  Microseconds: 1e-6,
  Nanoseconds: 1e-9,
};

function toUpstream(s: Session): UpstreamSession {
  return {
    id: s.id,
    profile: s.profile,
    status: s.status,
    statusInfo: s.statusInfo,
    startedAt: s.startedAt?.getTime(),
    expiresAt: s.expiresAt?.getTime(),
    duration: s.duration,
    sink: s.sink,
    serviceIpv4: s.serviceIpv4,
    serviceIpv6: s.serviceIpv6,
    servicePorts: s.servicePorts,
    devicePorts: s.devicePorts,
  };
}

/** Options for SdkUpstream. */
export interface SdkUpstreamOptions {
  client: QodClient;
  /** Profile used by `probe()`. @default "QOS_E" */
  probeProfile?: string;
}

export class SdkUpstream implements Upstream {
  readonly #client: QodClient;
  readonly #sessions = new Map<string, Session>();
  #probeProfile: string;

  constructor(options: SdkUpstreamOptions) {
    this.#client = options.client;
    this.#probeProfile = options.probeProfile ?? "QOS_E";
  }

  /** Probes with a profile the daemon actually uses. */
  set probeProfile(name: string) {
    this.#probeProfile = name;
  }

  async create(request: CreateRequest): Promise<UpstreamSession> {
    const { spec } = request;
    const device = this.#client.devices.get(spec.device);
    const session = await device.createQodSession({
      profile: spec.profile,
      ...(spec.serviceIpv4 !== undefined && { serviceIpv4: spec.serviceIpv4 }),
      ...(spec.serviceIpv6 !== undefined && { serviceIpv6: spec.serviceIpv6 }),
      ...(spec.servicePorts !== undefined && { servicePorts: spec.servicePorts }),
      ...(spec.devicePorts !== undefined && { devicePorts: spec.devicePorts }),
      duration: request.duration,
      ...(request.sink !== undefined && { sink: request.sink }),
      ...(request.sinkCredential !== undefined && { sinkCredential: request.sinkCredential }),
    });
    this.#sessions.set(session.id, session);
    return toUpstream(session);
  }

  async get(sessionId: string): Promise<UpstreamSession> {
    const session = await this.#forget404(sessionId, () => this.#client.sessions.get(sessionId));
    this.#sessions.set(session.id, session);
    return toUpstream(session);
  }

  async extend(sessionId: string, seconds: number): Promise<UpstreamSession> {
    const session = this.#sessions.get(sessionId) ?? (await this.#client.sessions.get(sessionId));
    this.#sessions.set(session.id, session);
    await this.#forget404(sessionId, () => session.extend(seconds));
    return toUpstream(session);
  }

  async delete(sessionId: string): Promise<void> {
    const session = this.#sessions.get(sessionId);
    try {
      if (session) await session.delete();
      else await (await this.#client.sessions.get(sessionId)).delete();
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    this.#sessions.delete(sessionId);
  }

  async listByDevice(device: DeviceSpec): Promise<UpstreamSession[]> {
    const sessions = await this.#client.devices.get(device).sessions();
    for (const s of sessions) this.#sessions.set(s.id, s);
    return sessions.map(toUpstream);
  }

  async profileMaxDuration(profile: string): Promise<number | undefined> {
    const { maxDuration } = await this.#client.profiles.get(profile);
    if (!maxDuration) return undefined;
    return Math.floor(maxDuration.value * (UNIT_SECONDS[maxDuration.unit] ?? 1));
  }

  async probe(): Promise<void> {
    await this.#client.profiles.get(this.#probeProfile);
  }

  async #forget404<T>(sessionId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof NotFoundError) this.#sessions.delete(sessionId);
      throw error;
    }
  }
}

/** What building the SDK-backed upstream needs besides the config. */
export interface SdkUpstreamSettings {
  /** For the token's refresh interval. */
  clock: Clock;
  /** For the SDK's request timeouts and retry waits. */
  sdkClock: Clock;
  env?: NodeJS.ProcessEnv | undefined;
  fetch?: ((request: Request) => Promise<Response>) | undefined;
}

/** The provider as the config describes it, through @qod/sdk. */
export function sdkUpstream(config: DaemonConfig, o: SdkUpstreamSettings): SdkUpstream {
  const u = config.upstream;
  const token = new TokenProvider(u.token, { label: "upstream.token", env: o.env, clock: o.clock });
  return new SdkUpstream({
    client: new QodClient({
      token: () => token.get(),
      auth: u.auth,
      baseUrl: u.baseUrl,
      profilesBaseUrl: u.profilesBaseUrl,
      apiVersion: u.apiVersion,
      ...(u.rapidApiHost !== undefined && { rapidApiHost: u.rapidApiHost }),
      timeout: u.timeoutSeconds * 1000,
      maxRetries: u.maxRetries,
      allowInsecure: u.allowInsecure,
      allowUnknownProfiles: u.allowUnknownProfiles,
      ...(o.fetch && { fetch: o.fetch }),
      clock: o.sdkClock,
    }),
    probeProfile: config.sessions[0]?.spec.profile ?? "QOS_E",
  });
}
