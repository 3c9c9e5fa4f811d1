// Where the SDK's schemas deliberately differ from the contract's. The property test compares
// every SDK schema with the contract on generated values and fails on any disagreement that is
// not explained by an entry here, so this list is complete by construction.
import { knownQosProfiles } from "@qod/api-client";
import { isIpv6 } from "./formats.js";

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const known = new Set(knownQosProfiles.map((p) => p.name));
// The fields the SDK accepts in each of its input objects.
const inputFields = {
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
function hasUnknownField(schema) {
  const fields = inputFields[schema] ?? [];
  return (v) => isObject(v) && Object.keys(v).some((k) => !fields.includes(k));
}
/** Every deliberate difference between the SDK's schemas and the contract. */
export const schemaDifferences = [
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
    applies: (v) => typeof v === "string" && !isIpv6(v.split("/")[0]),
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
//# sourceMappingURL=differences.js.map
