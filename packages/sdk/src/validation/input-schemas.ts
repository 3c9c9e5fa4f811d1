// Schemas for what callers pass to the SDK. They are stricter than the contract where the SDK
// knows better (see differences.ts), refuse unknown fields so typos surface, and turn
// conveniences (`{start, end}` ranges, Date expiries, the default duration) into wire values.
import type { QodSchemas } from "@qod/api-client";
import * as z from "zod/mini";
import { isHttpsUri, isIpv4, isIpv6, isRfc3339 } from "./formats.js";
import {
  durationSchema,
  ipv4AddressSchema,
  ipv6AddressSchema,
  knownProfileSchema,
  phoneNumberSchema,
  portSchema,
  profileNameSchema,
  serviceIpv4Schema,
  serviceIpv6Schema,
  typeError,
} from "./leaf-schemas.js";
import { strictObject } from "./objects.js";

const NAI = /^[^@\s]+@[^@\s]+$/;

/** How the network sees the device over IPv4. */
export const deviceIpv4InputSchema = z.pipe(
  strictObject(
    {
      publicAddress: ipv4AddressSchema,
      privateAddress: z.optional(ipv4AddressSchema),
      publicPort: z.optional(portSchema),
    },
    { error: typeError("ipv4Address is {publicAddress, privateAddress?, publicPort?}") },
  ).check(
    z.refine((v) => v.privateAddress !== undefined || v.publicPort !== undefined, {
      error: "a public address alone does not identify a device behind NAT: add privateAddress or publicPort",
    }),
  ),
  // The check above makes it the contract's either/or type.
  z.transform((v) => v as QodSchemas["DeviceIpv4Addr"]),
);

/** A device, by at least one of its identifiers. */
export const deviceInputSchema = strictObject(
  {
    phoneNumber: z.optional(phoneNumberSchema),
    networkAccessIdentifier: z.optional(
      z
        .string({ error: "network access identifiers are text" })
        .check(z.regex(NAI, { error: "network access identifiers look like user@realm, e.g. device@testcsp.net" })),
    ),
    ipv4Address: z.optional(deviceIpv4InputSchema),
    ipv6Address: z.optional(ipv6AddressSchema),
  },
  { error: typeError("a device is an object with phoneNumber, networkAccessIdentifier, ipv4Address or ipv6Address") },
).check(
  z.refine(
    (v) =>
      v.phoneNumber !== undefined ||
      v.networkAccessIdentifier !== undefined ||
      v.ipv4Address !== undefined ||
      v.ipv6Address !== undefined,
    { error: "give at least one identifier: phoneNumber, networkAccessIdentifier, ipv4Address or ipv6Address" },
  ),
);

const RANGE_MESSAGE = "a port range is {from, to} (or {start, end}) with from not above to";

/** A port range, `{from, to}` as on the wire or `{start, end}` as in other SDKs. */
export const portRangeInputSchema = z.pipe(
  strictObject({
    from: z.optional(portSchema),
    to: z.optional(portSchema),
    start: z.optional(portSchema),
    end: z.optional(portSchema),
  }).check(
    z.superRefine((v, ctx) => {
      const wire = v.from !== undefined || v.to !== undefined;
      const alias = v.start !== undefined || v.end !== undefined;
      const complete = wire
        ? v.from !== undefined && v.to !== undefined && !alias
        : v.start !== undefined && v.end !== undefined;
      if (!complete) {
        ctx.issues.push({ code: "custom", message: RANGE_MESSAGE, input: v });
        return;
      }
      const from = (wire ? v.from : v.start) as number;
      const to = (wire ? v.to : v.end) as number;
      if (from > to) ctx.issues.push({ code: "custom", message: `${RANGE_MESSAGE} (got ${from} > ${to})`, input: v });
    }),
  ),
  z.transform((v) => ({ from: (v.from ?? v.start) as number, to: (v.to ?? v.end) as number })),
);

/** Ports as single ports, ranges or both. */
export const portsInputSchema = strictObject(
  {
    ports: z.optional(z.array(portSchema).check(z.minLength(1, { error: "ports, when given, lists at least one" }))),
    ranges: z.optional(
      z.array(portRangeInputSchema).check(z.minLength(1, { error: "ranges, when given, lists at least one" })),
    ),
  },
  { error: typeError("ports are given as {ports: [5060]} and/or {ranges: [{from: 5000, to: 5010}]}") },
).check(
  z.refine((v) => v.ports !== undefined || v.ranges !== undefined, {
    error: "a ports spec is empty: give ports, ranges or both",
  }),
);

/** Where session notifications go: an https URL. */
export const sinkInputSchema = z.string({ error: "sink is an https:// URL" }).check(
  z.superRefine((value, ctx) => {
    if (isHttpsUri(value)) return;
    const message = /^http:/i.test(value)
      ? "sink must be an https:// URL; providers refuse plain http (400 INVALID_SINK)"
      : "sink must be an absolute https:// URL with a host and no spaces, e.g. https://app.example.com/notify";
    ctx.issues.push({ code: "custom", message, input: value });
  }),
);

const CREDENTIAL_TYPE_MESSAGE =
  "credentialType is ACCESSTOKEN (the default) or PRIVATE_KEY_JWT (QoD 1.2.0-rc.3); providers refuse PLAIN and REFRESHTOKEN (400 INVALID_CREDENTIAL)";

const EXPIRY_MESSAGE =
  "accessTokenExpiresUtc is a valid Date or an RFC 3339 date-time with a time zone, e.g. 2026-12-01T00:00:00Z";

const accessTokenCredentialSchema = z.pipe(
  strictObject(
    {
      credentialType: z.optional(z.literal("ACCESSTOKEN", { error: CREDENTIAL_TYPE_MESSAGE })),
      accessToken: z
        .string({ error: "accessToken is the token text" })
        .check(z.minLength(1, { error: "accessToken must not be empty" })),
      accessTokenExpiresUtc: z.union(
        [
          z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), { error: EXPIRY_MESSAGE })),
          z.string().check(z.refine((s) => isRfc3339(s), { error: EXPIRY_MESSAGE })),
        ],
        { error: EXPIRY_MESSAGE },
      ),
      accessTokenType: z.optional(
        z.literal("bearer", { error: "accessTokenType must be 'bearer'; providers refuse others (400 INVALID_TOKEN)" }),
      ),
    },
    { error: typeError("sinkCredential is {accessToken, accessTokenExpiresUtc}") },
  ),
  z.transform((v) => ({
    credentialType: "ACCESSTOKEN" as const,
    accessToken: v.accessToken,
    accessTokenExpiresUtc:
      v.accessTokenExpiresUtc instanceof Date ? v.accessTokenExpiresUtc.toISOString() : v.accessTokenExpiresUtc,
    accessTokenType: "bearer" as const,
  })),
);

/** A PRIVATE_KEY_JWT credential (QoD 1.2.0-rc.3): the provider signs its own token for the sink. */
const privateKeyJwtCredentialSchema = strictObject(
  {
    credentialType: z.literal("PRIVATE_KEY_JWT"),
    clientId: z.optional(
      z.string({ error: "clientId is text" }).check(z.minLength(1, { error: "clientId must not be empty" })),
    ),
    tokenUri: z.optional(
      z.string({ error: "tokenUri is an https:// URL" }).check(
        z.refine(isHttpsUri, {
          error: "tokenUri must be an absolute https:// URL, e.g. https://auth.example.com/token",
        }),
      ),
    ),
  },
  { error: typeError("sinkCredential is {credentialType: 'PRIVATE_KEY_JWT', clientId?, tokenUri?}") },
);

/**
 * How the provider authenticates to the sink: a bearer access token and when it expires, or
 * (QoD 1.2.0-rc.3) `{credentialType: "PRIVATE_KEY_JWT", clientId?, tokenUri?}`.
 */
export const sinkCredentialInputSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx) => {
    const type = (value as { credentialType?: unknown } | null)?.credentialType;
    const schema = type === "PRIVATE_KEY_JWT" ? privateKeyJwtCredentialSchema : accessTokenCredentialSchema;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: value } as never);
    return z.NEVER;
  }),
) as unknown as z.ZodMiniType<
  z.output<typeof accessTokenCredentialSchema> | z.output<typeof privateKeyJwtCredentialSchema>,
  z.input<typeof accessTokenCredentialSchema> | z.input<typeof privateKeyJwtCredentialSchema>
>;

const SERVICE_ADDRESS_MESSAGE =
  "each service address is one IPv4 or IPv6 address without a prefix, e.g. 233.252.0.2 or 2001:db8::1";

/** The application server as a list of 1 to 16 distinct single addresses (QoD 1.2.0-rc.3). */
export const serviceAddressesInputSchema = z
  .array(
    z
      .string({ error: SERVICE_ADDRESS_MESSAGE })
      .check(z.refine((v) => isIpv4(v) || isIpv6(v), { error: SERVICE_ADDRESS_MESSAGE })),
    {
      error: "serviceAddresses is a list of IP addresses, e.g. ['233.252.0.2', '2001:db8::1']",
    },
  )
  .check(
    z.minLength(1, { error: "serviceAddresses, when given, lists at least one address" }),
    z.maxLength(16, { error: "serviceAddresses lists at most 16 addresses" }),
    z.refine((list) => new Set(list).size === list.length, { error: "serviceAddresses lists each address once" }),
  );

function createSessionShape(profile: typeof knownProfileSchema | typeof profileNameSchema) {
  return strictObject(
    {
      profile,
      serviceIpv4: z.optional(serviceIpv4Schema),
      serviceIpv6: z.optional(serviceIpv6Schema),
      serviceAddresses: z.optional(serviceAddressesInputSchema),
      servicePorts: z.optional(portsInputSchema),
      devicePorts: z.optional(portsInputSchema),
      duration: z._default(durationSchema, 86400),
      sink: z.optional(sinkInputSchema),
      sinkCredential: z.optional(sinkCredentialInputSchema),
    },
    { error: typeError("session options are an object: {profile, serviceIpv4, duration, ...}") },
  );
}

type CreateSessionShape = ReturnType<typeof createSessionShape>;

function createSessionSchema(shape: CreateSessionShape) {
  return z.pipe(
    shape.check(
      z.refine((v) => v.serviceIpv4 !== undefined || v.serviceIpv6 !== undefined || v.serviceAddresses !== undefined, {
        error: "give the application server's address: serviceIpv4, serviceIpv6 or both (or serviceAddresses)",
        path: ["serviceIpv4"],
      }),
      z.refine(
        (v) => v.serviceAddresses === undefined || (v.serviceIpv4 === undefined && v.serviceIpv6 === undefined),
        {
          error: "give either serviceAddresses or serviceIpv4/serviceIpv6, not both",
          path: ["serviceAddresses"],
        },
      ),
    ),
    z.transform((v) => toCreateSessionBody(v)),
  );
}

type ParsedCreateSession = z.output<CreateSessionShape>;

/** The application server as sent: one or two addresses, or (1.2.0-rc.3) a list. */
interface ApplicationServerBody {
  ipv4Address?: string;
  ipv6Address?: string;
  ipAddresses?: string[];
}

// The wire body without `device`, which the Device adds.
function toCreateSessionBody(v: ParsedCreateSession) {
  const applicationServer: ApplicationServerBody = v.serviceAddresses
    ? { ipAddresses: v.serviceAddresses }
    : {
        ...(v.serviceIpv4 !== undefined && { ipv4Address: v.serviceIpv4 }),
        ...(v.serviceIpv6 !== undefined && { ipv6Address: v.serviceIpv6 }),
      };
  return {
    qosProfile: v.profile,
    applicationServer,
    ...(v.devicePorts !== undefined && { devicePorts: v.devicePorts }),
    ...(v.servicePorts !== undefined && { applicationServerPorts: v.servicePorts }),
    duration: v.duration,
    ...(v.sink !== undefined && { sink: v.sink }),
    ...(v.sinkCredential !== undefined && { sinkCredential: v.sinkCredential }),
  };
}

/** A session request; the profile must be in the known catalogue. Outputs the wire body. */
export const createSessionInputSchema = createSessionSchema(createSessionShape(knownProfileSchema));

/** A session request that accepts any profile name of the wire's shape (`allowUnknownProfiles`). */
export const createSessionInputSchemaAnyProfile = createSessionSchema(createSessionShape(profileNameSchema));

/** Filters for listing QoS profiles. */
export const profileFilterInputSchema = strictObject(
  {
    name: z.optional(profileNameSchema),
    status: z.optional(
      z.enum(["ACTIVE", "INACTIVE", "DEPRECATED"], { error: "status is ACTIVE, INACTIVE or DEPRECATED" }),
    ),
    device: z.optional(deviceInputSchema),
  },
  { error: typeError("profile filters are an object: {name?, status?, device?}") },
);
