// Address arithmetic for flow-overlap checks (shared by the sandbox and qodd): every address or prefix becomes an inclusive
// [first, last] range of integers, so two flows overlap exactly when their ranges intersect.

/** An inclusive address range; bigint so IPv4 and IPv6 share one representation. */
export interface AddressRange {
  readonly first: bigint;
  readonly last: bigint;
}

const IPV4_PART = /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/;

/** Parses dotted-decimal IPv4 to a 32-bit number; undefined when malformed. */
export function parseIpv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_PART.test(part)) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

/** Parses an IPv6 address (with `::` and an optional trailing dotted IPv4) to 128 bits. */
export function parseIpv6(text: string): bigint | undefined {
  if (text.length < 2 || text.length > 45) return undefined;
  let head = text;
  let tailIpv4: bigint | undefined;
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".", lastColon)) {
    tailIpv4 = parseIpv4(text.slice(lastColon + 1));
    if (tailIpv4 === undefined) return undefined;
    // `::1.2.3.4` must keep its `::`; `1:2:3:4:5:6:1.2.3.4` drops the separating colon.
    const withColon = text.slice(0, lastColon + 1);
    head = withColon.endsWith("::") ? withColon : text.slice(0, lastColon);
  }
  const groupsWanted = tailIpv4 === undefined ? 8 : 6;
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === "") return [];
    const groups: number[] = [];
    for (const g of s.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      groups.push(Number.parseInt(g, 16));
    }
    return groups;
  };
  const left = parseGroups(halves[0] ?? "");
  const right = halves.length === 2 ? parseGroups(halves[1] ?? "") : [];
  if (!left || !right) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const missing = groupsWanted - left.length - right.length;
    if (missing < 1) return undefined;
    groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  } else {
    groups = left;
  }
  if (groups.length !== groupsWanted) return undefined;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  if (tailIpv4 !== undefined) value = (value << 32n) | tailIpv4;
  return value;
}

function prefixRange(address: bigint, prefix: number, bits: number): AddressRange {
  const hostBits = BigInt(bits - prefix);
  const mask = (1n << hostBits) - 1n;
  const first = address & ~mask;
  return { first, last: first | mask };
}

function splitPrefix(text: string, bits: number): { address: string; prefix: number } | undefined {
  const slash = text.indexOf("/");
  if (slash < 0) return { address: text, prefix: bits };
  const prefixText = text.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > bits) return undefined;
  return { address: text.slice(0, slash), prefix };
}

/** `a.b.c.d` or `a.b.c.d/len` → its range; undefined when malformed. */
export function ipv4Range(text: string): AddressRange | undefined {
  const split = splitPrefix(text, 32);
  const address = split && parseIpv4(split.address);
  return split && address !== undefined ? prefixRange(address, split.prefix, 32) : undefined;
}

/** An IPv6 address or `address/len` → its range; undefined when malformed. */
export function ipv6Range(text: string): AddressRange | undefined {
  const split = splitPrefix(text, 128);
  const address = split && parseIpv6(split.address);
  return split && address !== undefined ? prefixRange(address, split.prefix, 128) : undefined;
}

export function rangesIntersect(a: AddressRange, b: AddressRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** The canonical key of an IPv6 address (32 hex digits), for looking devices up. */
export function ipv6Key(text: string): string | undefined {
  const value = parseIpv6(text);
  return value === undefined ? undefined : value.toString(16).padStart(32, "0");
}
