// Network as Code v0 (what Nokia's SDKs send to /qod/v0), rewritten into QoD 1.1.0 requests:
// phone numbers may lack the leading +, notifications come as `webhook`, and an IPv6-only
// application server may carry `ipv4Address: null`. Anything else is left for the 1.1.0 schema.

/** A request body as received, before validation. */
export type NacBody = unknown;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// The 1.1.0 credential needs an expiry; the webhook's token has none, so it never expires here.
const NO_EXPIRY = "9999-12-31T23:59:59Z";

// Identifiers and server addresses the SDK did not set arrive as null.
function withoutNulls(object: Json): Json {
  const copy = { ...object };
  for (const key of ["phoneNumber", "networkAccessIdentifier", "ipv4Address", "ipv6Address"])
    if (copy[key] === null) delete copy[key];
  return copy;
}

function withPlus(device: Json): Json {
  const copy = withoutNulls(device);
  const phone = copy.phoneNumber;
  return typeof phone === "string" && /^[0-9]{5,15}$/.test(phone) ? { ...copy, phoneNumber: `+${phone}` } : copy;
}

/** `webhook: {notificationUrl, notificationAuthToken: "Bearer …"}` → `sink` + an ACCESSTOKEN credential. */
function webhookToSink(body: Json): Json {
  const { webhook, ...rest } = body;
  if (webhook === null || webhook === undefined) return rest;
  if (!isObject(webhook)) return body; // left for the schema to refuse (unknown `webhook`)
  if (webhook.notificationUrl !== null && webhook.notificationUrl !== undefined) rest.sink = webhook.notificationUrl;
  const token = webhook.notificationAuthToken;
  if (typeof token === "string" && token.length > 0)
    rest.sinkCredential = {
      credentialType: "ACCESSTOKEN",
      accessToken: token.replace(/^bearer\s+/i, ""),
      accessTokenExpiresUtc: NO_EXPIRY,
      accessTokenType: "bearer",
    };
  return rest;
}

export function fromNetworkAsCode(body: NacBody): unknown {
  if (!isObject(body)) return body;
  let out: Json = "webhook" in body ? webhookToSink(body) : { ...body };
  if (isObject(out.device)) out = { ...out, device: withPlus(out.device) };
  if (isObject(out.applicationServer)) out = { ...out, applicationServer: withoutNulls(out.applicationServer) };
  return out;
}
