// The sandbox's records. Wire shapes follow the contract; records add what the network knows.

import type { ScheduledTask } from "../scheduling/clock.js";
import type { Flow } from "./flows.js";

export type IdentifierType = "phoneNumber" | "networkAccessIdentifier" | "ipv4Address" | "ipv6Address";
/** Which identifier a provider echoes when several are sent: the first of these that was used. */
export const IDENTIFIER_TYPES: readonly IdentifierType[] = [
  "phoneNumber",
  "ipv4Address",
  "ipv6Address",
  "networkAccessIdentifier",
];

export interface DeviceIpv4Address {
  publicAddress: string;
  privateAddress?: string;
  publicPort?: number;
}

export interface Device {
  phoneNumber?: string;
  networkAccessIdentifier?: string;
  ipv4Address?: DeviceIpv4Address;
  ipv6Address?: string;
}

export interface ApplicationServer {
  ipv4Address?: string;
  ipv6Address?: string;
  /** QoD 1.2: single IPv4 or IPv6 addresses, instead of the two fields above. */
  ipAddresses?: string[];
}

export interface PortRange {
  from: number;
  to: number;
}

export interface PortsSpec {
  ranges?: PortRange[];
  ports?: number[];
}

export type QosStatus = "REQUESTED" | "AVAILABLE" | "UNAVAILABLE";
export type StatusInfo = "DURATION_EXPIRED" | "NETWORK_TERMINATED" | "DELETE_REQUESTED";
export type ProfileStatus = "ACTIVE" | "INACTIVE" | "DEPRECATED";

export interface AccessTokenCredential {
  credentialType: "ACCESSTOKEN";
  accessToken: string;
  accessTokenExpiresUtc: string;
  accessTokenType: "bearer";
}

/** QoD 1.2 / QoS Provisioning: accepted only when the sandbox is configured for it. */
export interface PrivateKeyJwtCredential {
  credentialType: "PRIVATE_KEY_JWT";
  clientId?: string;
  tokenUri?: string;
}

export type SinkCredential = AccessTokenCredential | PrivateKeyJwtCredential;

/** A device the network knows. */
export interface DeviceRecord {
  readonly id: string;
  /** Every identifier of the device. */
  readonly device: Device;
  /** False: the device may not use QoD (`422 SERVICE_NOT_APPLICABLE`). */
  readonly eligible: boolean;
  /** The identifier types the network accepts for this device. */
  readonly supportedIdentifiers: readonly IdentifierType[];
}

/** A QoS profile the network offers; durations in seconds. */
export interface ProfileRecord {
  name: string;
  status: ProfileStatus;
  description?: string;
  minDuration: number;
  maxDuration: number;
  /** Device ids that may use it; absent: every device. */
  restrictedTo?: string[];
  /** Further wire fields (rates, priority...), returned as they are. */
  details?: Record<string, unknown>;
}

export interface SessionRecord {
  readonly id: string;
  readonly clientId: string;
  readonly deviceId: string;
  /** The one identifier echoed in responses; absent when the token identified the device. */
  readonly device: Device | undefined;
  readonly applicationServer: ApplicationServer;
  readonly devicePorts: PortsSpec | undefined;
  readonly applicationServerPorts: PortsSpec | undefined;
  readonly qosProfile: string;
  readonly sink: string | undefined;
  readonly sinkCredential: SinkCredential | undefined;
  /** ms since the epoch, sandbox time. */
  readonly createdAt: number;
  duration: number;
  status: QosStatus;
  statusInfo: StatusInfo | undefined;
  startedAt: number | undefined;
  endedAt: number | undefined;
  readonly flow: Flow;
  /** Set once the sink answered 410 Gone: no more notifications for this session. */
  sinkGone?: boolean;
  /** The next scheduled event of this session (activation, expiry or removal). */
  task: ScheduledTask | undefined;
}
