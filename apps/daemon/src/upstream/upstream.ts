// What the reconciler needs from a QoD provider. SdkUpstream implements it with @qod/sdk; the
// indirection keeps the reconciler's logic testable and the SDK's surface in one file.
import type { DeviceSpec, PortsSpec, SessionSpec } from "../model/session-spec.js";

export type QosStatus = "REQUESTED" | "AVAILABLE" | "UNAVAILABLE";

/** A session as the provider reported it; times in ms since the epoch. */
export interface UpstreamSession {
  id: string;
  profile: string;
  status: QosStatus;
  statusInfo: string | undefined;
  startedAt: number | undefined;
  expiresAt: number | undefined;
  /** Seconds. */
  duration: number;
  sink: string | undefined;
  serviceIpv4: string | undefined;
  serviceIpv6: string | undefined;
  servicePorts: PortsSpec | undefined;
  devicePorts: PortsSpec | undefined;
}

/** Credentials the provider sends back with each notification. */
export interface SinkCredentialInput {
  accessToken: string;
  accessTokenExpiresUtc: Date;
}

/** A create call. */
export interface CreateRequest {
  spec: SessionSpec;
  /** Seconds. */
  duration: number;
  sink?: string | undefined;
  sinkCredential?: SinkCredentialInput | undefined;
}

/** Operation names, as used in metrics and logs. */
export type UpstreamOperation = "create" | "get" | "extend" | "delete" | "retrieve" | "profile" | "probe";

export interface Upstream {
  create(request: CreateRequest): Promise<UpstreamSession>;
  get(sessionId: string): Promise<UpstreamSession>;
  /** Adds seconds; the provider caps the total at the profile's maximum. */
  extend(sessionId: string, seconds: number): Promise<UpstreamSession>;
  /** Deletes; a session that is already gone counts as deleted. */
  delete(sessionId: string): Promise<void>;
  /** The device's sessions (retrieve-sessions). */
  listByDevice(device: DeviceSpec): Promise<UpstreamSession[]>;
  /** The profile's maximum duration in seconds, when the provider says. */
  profileMaxDuration(profile: string): Promise<number | undefined>;
  /** A cheap call that succeeds when the provider is reachable and accepts our token. */
  probe(): Promise<void>;
}

/**
 * How a failure changes what the daemon does:
 * - outage: the provider is unreachable or failing (connection, timeout, 429, 5xx); try later
 * - not-found: the session is gone
 * - conflict: the flow is taken (409 CONFLICT on create)
 * - not-allowed: the session cannot be extended now (409 on extend)
 * - rejected: the provider refuses the request itself (4xx); repeating it will not help
 */
/** `unauthorized`: 401/403, a revoked token or missing scopes; not an outage, and not the request's fault. */
export type FailureKind = "outage" | "not-found" | "conflict" | "not-allowed" | "rejected" | "unauthorized";
