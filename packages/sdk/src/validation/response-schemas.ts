// Schemas for what providers answer. They follow the contract (unknown fields are allowed and
// dropped) so a conforming provider is never refused; the few places where the SDK is stricter
// are listed in differences.ts.
import type { QodSchemas } from "@qod/api-client";
import * as z from "zod/mini";
import { isHttpsUri, isIpv4, isIpv6 } from "./formats.js";
import {
  assignmentIdSchema,
  integer,
  ipv4AddressSchema,
  ipv6AddressSchema,
  phoneNumberSchema,
  portSchema,
  profileNameSchema,
  serviceIpv4Schema,
  sessionIdSchema,
  timestampToDateSchema,
  wireDurationSchema,
  wireServiceIpv6Schema,
} from "./leaf-schemas.js";
import { object } from "./objects.js";

// The contract's anyOf of required properties, for objects whose properties are all optional.
const hasOneOf = (...keys: string[]) =>
  z.refine((v: unknown) => keys.some((key) => (v as Record<string, unknown>)[key] !== undefined), {
    error: `must have ${keys.join(" or ")}`,
  });

const wireDeviceIpv4Schema = z.pipe(
  object({
    publicAddress: ipv4AddressSchema,
    privateAddress: z.optional(ipv4AddressSchema),
    publicPort: z.optional(portSchema),
  }).check(
    z.refine((v) => v.privateAddress !== undefined || v.publicPort !== undefined, {
      error: "ipv4Address needs privateAddress or publicPort with publicAddress",
    }),
  ),
  // The check above makes it the contract's either/or type.
  z.transform((v) => v as QodSchemas["DeviceIpv4Addr"]),
);

/** A device as providers send it back (usually the one identifier they used). */
export const wireDeviceSchema = object({
  phoneNumber: z.optional(phoneNumberSchema),
  networkAccessIdentifier: z.optional(z.string()),
  ipv4Address: z.optional(wireDeviceIpv4Schema),
  ipv6Address: z.optional(ipv6AddressSchema),
}).check(hasOneOf("phoneNumber", "networkAccessIdentifier", "ipv4Address", "ipv6Address"));

const wireApplicationServerSchema = object({
  ipv4Address: z.optional(serviceIpv4Schema),
  ipv6Address: z.optional(wireServiceIpv6Schema),
}).check(hasOneOf("ipv4Address", "ipv6Address"));

/** Ports as providers send them back. */
export const wirePortsSchema = object({
  ranges: z.optional(z.array(object({ from: portSchema, to: portSchema })).check(z.minLength(1))),
  ports: z.optional(z.array(portSchema).check(z.minLength(1))),
}).check(hasOneOf("ranges", "ports"));

// QoD 1.2.0-rc.3 also allows the server as a list of single addresses.
const wireApplicationServerRc3Schema = object({
  ipAddresses: z.optional(
    z.array(z.string().check(z.refine((v) => isIpv4(v) || isIpv6(v)))).check(z.minLength(1), z.maxLength(16)),
  ),
  ipv4Address: z.optional(serviceIpv4Schema),
  ipv6Address: z.optional(wireServiceIpv6Schema),
}).check(hasOneOf("ipAddresses", "ipv4Address", "ipv6Address"));

const sinkSchema = z.string().check(z.refine((v) => /^https:\/\/.+$/.test(v) && isHttpsUri(v)));
const statusSchema = z.enum(["REQUESTED", "AVAILABLE", "UNAVAILABLE"]);

const sessionInfo = <S extends z.ZodMiniType>(applicationServer: S) =>
  object({
    sessionId: sessionIdSchema,
    device: z.optional(wireDeviceSchema),
    applicationServer,
    devicePorts: z.optional(wirePortsSchema),
    applicationServerPorts: z.optional(wirePortsSchema),
    qosProfile: profileNameSchema,
    sink: z.optional(sinkSchema),
    duration: wireDurationSchema,
    startedAt: z.optional(timestampToDateSchema),
    expiresAt: z.optional(timestampToDateSchema),
    qosStatus: statusSchema,
    statusInfo: z.optional(z.enum(["DURATION_EXPIRED", "NETWORK_TERMINATED", "DELETE_REQUESTED"])),
  });

/** One QoS session (`SessionInfo`) of QoD 1.1.0. */
export const sessionInfoSchema = sessionInfo(wireApplicationServerSchema);

/** A device's sessions (QoD 1.1.0). */
export const sessionListSchema = z.array(sessionInfoSchema);

/** One QoS session of QoD 1.2.0-rc.3 (the server may be a list of addresses). */
export const sessionInfoRc3Schema = sessionInfo(wireApplicationServerRc3Schema);

/** A device's sessions (QoD 1.2.0-rc.3). */
export const sessionListRc3Schema = z.array(sessionInfoRc3Schema);

/** A QoS assignment (`AssignmentInfo`, QoS Provisioning 0.4.0-rc.1). */
export const assignmentInfoSchema = object({
  assignmentId: assignmentIdSchema,
  device: z.optional(wireDeviceSchema),
  qosProfile: profileNameSchema,
  sink: z.optional(sinkSchema),
  startedAt: z.optional(timestampToDateSchema),
  status: statusSchema,
  statusInfo: z.optional(z.enum(["NETWORK_TERMINATED", "DELETE_REQUESTED"])),
});

/** The body of an error response. */
export const errorInfoSchema = object({
  status: integer("status must be a whole number"),
  code: z.string(),
  message: z.string(),
});

const int32 = (min: number, max: number) => integer("must be a whole number").check(z.minimum(min), z.maximum(max));

const rateSchema = object({
  value: int32(0, 1024),
  unit: z.enum(["bps", "kbps", "Mbps", "Gbps", "Tbps"]),
});

const spanSchema = object({
  value: int32(1, 2 ** 31 - 1),
  unit: z.enum(["Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Microseconds", "Nanoseconds"]),
});

const countryAvailabilitySchema = object({
  countryName: z.string().check(z.regex(/^[A-Z]{2}$/)),
  networks: z.optional(z.array(z.string())),
});

/** A QoS profile and its limits. */
export const qosProfileSchema = object({
  name: profileNameSchema,
  description: z.optional(z.string()),
  status: z.enum(["ACTIVE", "INACTIVE", "DEPRECATED"]),
  targetMinUpstreamRate: z.optional(rateSchema),
  maxUpstreamRate: z.optional(rateSchema),
  maxUpstreamBurstRate: z.optional(rateSchema),
  targetMinDownstreamRate: z.optional(rateSchema),
  maxDownstreamRate: z.optional(rateSchema),
  maxDownstreamBurstRate: z.optional(rateSchema),
  minDuration: z.optional(spanSchema),
  maxDuration: z.optional(spanSchema),
  priority: z.optional(int32(1, 100)),
  packetDelayBudget: z.optional(spanSchema),
  jitter: z.optional(spanSchema),
  packetErrorLossRate: z.optional(int32(1, 10)),
  countryAvailability: z.optional(z.array(countryAvailabilitySchema)),
});

/** The profiles matching a filter. */
export const qosProfileListSchema = z.array(qosProfileSchema);
