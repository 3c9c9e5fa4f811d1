import type * as z from "zod/mini";
import type { QosProfileName } from "../catalogue.js";
import type {
  deviceInputSchema,
  portRangeInputSchema,
  portsInputSchema,
  profileFilterInputSchema,
  sinkCredentialInputSchema,
} from "../validation/input-schemas.js";
import type {
  assignmentInfoSchema,
  qosProfileSchema,
  sessionInfoRc3Schema,
  wirePortsSchema,
} from "../validation/response-schemas.js";

/** A device by one or more identifiers (at least one). */
export type DeviceInput = z.input<typeof deviceInputSchema>;
/** A device's identifiers, as validated. */
export type DeviceIdentifiers = z.output<typeof deviceInputSchema>;
/** A port range: `{from, to}` or `{start, end}`. */
export type PortRangeInput = z.input<typeof portRangeInputSchema>;
/** Ports as single ports, ranges or both. */
export type PortsInput = z.input<typeof portsInputSchema>;
/** Ports as the wire carries them. */
export type PortsSpec = z.output<typeof wirePortsSchema>;
/** The sink credential: a bearer access token and its expiry (a Date or an RFC 3339 string), or `{credentialType: "PRIVATE_KEY_JWT"}` on 1.2.0-rc.3. */
export type SinkCredentialInput = z.input<typeof sinkCredentialInputSchema>;
/** Filters for listing profiles. */
export type ProfileFilterInput = Omit<z.input<typeof profileFilterInputSchema>, "device"> & {
  /** Only the profiles this device may use. */
  device?: DeviceInput | { toIdentifiers(): DeviceIdentifiers };
};
/** A QoS profile and its limits, as the provider describes it. */
export type QosProfile = z.output<typeof qosProfileSchema>;
/** A session as the provider sent it, checked against the contract, with its timestamps parsed. */
export type SessionInfo = z.output<typeof sessionInfoRc3Schema>;
/** A QoS assignment as the provider sent it (QoS Provisioning), checked, with its timestamp parsed. */
export type AssignmentInfo = z.output<typeof assignmentInfoSchema>;
/** `REQUESTED`, `AVAILABLE` or `UNAVAILABLE`. */
export type QosStatus = SessionInfo["qosStatus"];
/** Why a session is `UNAVAILABLE`. */
export type StatusInfo = NonNullable<SessionInfo["statusInfo"]>;

/** What a QoS session asks for. */
export interface CreateSessionInput {
  /** The QoS profile, e.g. `QOS_L` or `DOWNLINK_L_UPLINK_L`. */
  profile: QosProfileName;
  /** The application server's IPv4 address, optionally with a prefix (`198.51.100.0/24`). */
  serviceIpv4?: string;
  /** The application server's IPv6 address, optionally with a prefix. */
  serviceIpv6?: string;
  /**
   * The application server as 1 to 16 single IPv4/IPv6 addresses, instead of serviceIpv4/serviceIpv6.
   * Needs `apiVersion: "1.2.0-rc.3"`.
   */
  serviceAddresses?: string[];
  /** The application server's ports. */
  servicePorts?: PortsInput;
  /** The device's ports. */
  devicePorts?: PortsInput;
  /** Seconds, 1 to 86400. @default 86400 */
  duration?: number;
  /** An https URL that receives status notifications. */
  sink?: string;
  /** How the provider authenticates to the sink. */
  sinkCredential?: SinkCredentialInput;
}

/** The options of `createQodSession(profile, options)`: everything but the profile. */
export type CreateSessionOptions = Omit<CreateSessionInput, "profile">;

/** What a QoS assignment asks for (QoS Provisioning). */
export interface AssignQosInput {
  /** The QoS profile, e.g. `QOS_L`. */
  profile: QosProfileName;
  /** An https URL that receives status notifications. */
  sink?: string;
  /** How the provider authenticates to the sink (ACCESSTOKEN or PRIVATE_KEY_JWT). */
  sinkCredential?: SinkCredentialInput;
}
