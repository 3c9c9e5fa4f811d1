// Address parsing lives in the SDK, beside the flow rule that uses it.
export type { AddressRange } from "@qod/sdk";
export { ipv4Range, ipv6Key, ipv6Range, parseIpv4, parseIpv6, rangesIntersect } from "@qod/sdk";
