// Where the SDK's schemas deliberately differ from the contract's. The property test compares
// every SDK schema with the contract on generated values and fails on any disagreement that is
// not explained by an entry here, so this list is complete by construction.
import { knownQosProfiles } from "@qod/api-client";
import { isIpv6 } from "./formats.js";

/** One deliberate difference between an SDK schema and the contract. */
export interface SchemaDifference {
  /** A stable name. */
  id: string;
  /** `stricter`: the SDK refuses some values the contract accepts. `looser`: the SDK accepts some values the contract refuses, and sends a normalised, valid value instead. */
  kind: "stricter" | "looser";
  /** Whether it concerns what the SDK sends (`request`) or what it reads (`response`). */
  scope: readonly ("request" | "response")[];
  /** Where in the contract: a schema name (`PortRange`) or a schema's property (`CreateSession.duration`). */
  where: readonly string[];
  /** Why the SDK differs. */
  reason: string;
  /** True when the difference concerns this value, found at `where` (one of the places listed). */
  applies(value: unknown, where: string): boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const known: ReadonlySet<string> = new Set(knownQosProfiles.map((p) => p.name));

const IPV4_WITH_PREFIX =
  /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(\/(3[0-2]|[12]?[0-9]))?$/;
const IPV6_WITH_PREFIX = /^[0-9a-fA-F:.]{2,45}(\/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?$/;

/** Whether an application-server address has the shape the SDK accepts. */
function serviceAddressShape(where: string, v: string): boolean {
  if (where === "ApplicationServerIpv4Address") return IPV4_WITH_PREFIX.test(v);
  return IPV6_WITH_PREFIX.test(v) && isIpv6(v.split("/")[0] as string);
}

// The fields the SDK accepts in each of its input objects.
const inputFields: Record<string, readonly string[]> = {
  Device: ["phoneNumber", "networkAccessIdentifier", "ipv4Address", "ipv6Address"],
  DeviceIpv4Addr: ["publicAddress", "privateAddress", "publicPort"],
  PortsSpec: ["ports", "ranges"],
  PortRange: ["from", "to", "start", "end"],
  AccessTokenCredential: ["credentialType", "accessToken", "accessTokenExpiresUtc", "accessTokenType"],
  QosProfileDeviceRequest: ["device", "name", "status"],
  CreateSession: [
    "device",
    "applicationServer",
    "devicePorts",
    "applicationServerPorts",
    "qosProfile",
    "duration",
    "sink",
    "sinkCredential",
  ],
};

function hasUnknownField(schema: string) {
  const fields = inputFields[schema] ?? [];
  return (v: unknown) => isObject(v) && Object.keys(v).some((k) => !fields.includes(k));
}

/** Every deliberate difference between the SDK's schemas and the contract. */
export const schemaDifferences: readonly SchemaDifference[] = [
  {
    id: "duration-at-most-86400",
    kind: "stricter",
    scope: ["request"],
    where: ["CreateSession.duration"],
    reason: "Network as Code caps sessions at 86400 s (24 h); the contract only says at least 1.",
    applies: (v) => typeof v === "number" && v > 86400,
  },
  {
    id: "profile-in-known-catalogue",
    kind: "stricter",
    scope: ["request"],
    where: ["CreateSession.qosProfile"],
    reason: "Sessions use the known catalogue unless the client allows unknown profiles; typos fail before sending.",
    applies: (v) => typeof v === "string" && !known.has(v),
  },
  {
    id: "port-range-from-not-above-to",
    kind: "stricter",
    scope: ["request"],
    where: ["PortRange"],
    reason: "A range with from above to is empty; JSON Schema cannot compare two fields.",
    applies: (v) => isObject(v) && typeof v.from === "number" && typeof v.to === "number" && v.from > v.to,
  },
  {
    id: "port-range-start-end-alias",
    kind: "looser",
    scope: ["request"],
    where: ["PortRange"],
    reason: "Other QoD SDKs write ranges as {start, end}; the SDK accepts them and sends {from, to}.",
    applies: (v) => isObject(v) && ("start" in v || "end" in v),
  },
  {
    id: "port-range-one-style",
    kind: "stricter",
    scope: ["request"],
    where: ["PortRange"],
    reason: "A range mixing {from, to} with start or end is ambiguous, so the SDK refuses it.",
    applies: (v) => isObject(v) && ("from" in v || "to" in v) && ("start" in v || "end" in v),
  },
  {
    id: "unknown-input-fields-refused",
    kind: "stricter",
    scope: ["request"],
    where: Object.keys(inputFields),
    reason: "A misspelt field (phonenumber, notificationUrl) is refused instead of silently dropped.",
    applies: (v, where) => hasUnknownField(where)(v),
  },
  {
    id: "session-names-a-device",
    kind: "stricter",
    scope: ["request"],
    where: ["CreateSession"],
    reason:
      "Sessions are created from a Device, so the request always names one (3-legged tokens are not supported yet).",
    applies: (v) => isObject(v) && v.device === undefined,
  },
  {
    id: "network-access-identifier-shape",
    kind: "stricter",
    scope: ["request"],
    where: ["NetworkAccessIdentifier"],
    reason: "The contract allows any string; the SDK asks for user@realm so an empty or garbled one fails early.",
    applies: (v) => typeof v === "string" && !/^[^@\s]+@[^@\s]+$/.test(v),
  },
  {
    id: "service-ipv6-is-an-address",
    kind: "stricter",
    scope: ["request"],
    where: ["ApplicationServerIpv6Address"],
    reason: "The contract's pattern only limits the characters (':::' passes); the SDK checks it is an IPv6 address.",
    applies: (v) => typeof v === "string" && !isIpv6(v.split("/")[0] as string),
  },
  {
    id: "service-address-shape",
    kind: "stricter",
    scope: ["request", "response"],
    where: ["ApplicationServerIpv4Address", "ApplicationServerIpv6Address"],
    reason:
      "CAMARA 1.1.0 gives the application server's addresses no pattern; the SDK wants an address with an optional prefix length, as 1.2.0-rc.3 does.",
    applies: (v, where) => typeof v === "string" && !serviceAddressShape(where, v),
  },
  {
    id: "access-token-not-empty",
    kind: "stricter",
    scope: ["request"],
    where: ["AccessTokenCredential.accessToken"],
    reason: "An empty token cannot authenticate a notification; the contract allows any string.",
    applies: (v) => v === "",
  },
  {
    id: "profile-limits-complete",
    kind: "stricter",
    scope: ["response"],
    where: ["Rate", "Duration"],
    reason:
      "CAMARA 1.1.0 leaves a rate's or duration's value and unit optional; the SDK reads a limit only when it has both.",
    applies: (v) => isObject(v) && (v.value === undefined || v.unit === undefined),
  },
  {
    id: "sink-credential-access-token-only",
    kind: "stricter",
    scope: ["request"],
    where: ["SinkCredential"],
    reason:
      "Providers refuse PLAIN and REFRESHTOKEN credentials (400 INVALID_CREDENTIAL); the SDK says so before sending.",
    applies: (v) => isObject(v) && v.credentialType !== undefined && v.credentialType !== "ACCESSTOKEN",
  },
  {
    id: "sink-credential-defaults",
    kind: "looser",
    scope: ["request"],
    where: ["SinkCredential"],
    reason: "credentialType and accessTokenType may be left out; the SDK sends ACCESSTOKEN and bearer.",
    applies: (v) => isObject(v) && (v.credentialType === undefined || v.accessTokenType === undefined),
  },
  {
    id: "sink-has-a-host",
    kind: "stricter",
    scope: ["request", "response"],
    where: ["Sink", "SessionInfo.sink"],
    reason:
      "The uri format also reads 'https://x:8a/' as 'https:' + an empty host + a path; the SDK wants a host and a numeric port.",
    applies: (v) =>
      typeof v === "string" &&
      !/^https:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[A-Za-z0-9\-._~!$&'()*+,;=%]+)(?::\d*)?(?:[/?#]|$)/.test(v),
  },
  {
    id: "sink-ipv4-in-ipv6-literal",
    kind: "stricter",
    scope: ["request", "response"],
    where: ["Sink", "SessionInfo.sink"],
    reason:
      "In an [IPv6] host with a dotted IPv4 tail, RFC 3986 forbids leading zeros (::01.02.03.04); the uri format allows them.",
    applies: (v) => typeof v === "string" && /\[[^\]]*\.[^\]]*\]/.test(v),
  },
  {
    id: "rfc3339-grammar",
    kind: "stricter",
    scope: ["request", "response"],
    where: ["AccessTokenCredential.accessTokenExpiresUtc", "SessionInfo.startedAt", "SessionInfo.expiresAt"],
    reason:
      "The date-time format also takes a tab or newline between date and time and offsets like +01 or +0100; RFC 3339 wants 'T' (or a space) and +01:00.",
    applies: (v) => typeof v === "string" && (!/^\d{4}-\d\d-\d\d[Tt ]/.test(v) || !/(?:[Zz]|[+-]\d\d:\d\d)$/.test(v)),
  },
  {
    id: "session-id-plain-uuid",
    kind: "stricter",
    scope: ["request", "response"],
    where: ["SessionId"],
    reason: "The uuid format also takes a 'urn:uuid:' prefix, which does not belong in a URL path.",
    applies: (v) => typeof v === "string" && /^urn:uuid:/i.test(v),
  },
];
