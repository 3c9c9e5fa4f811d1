// "The same flow" as providers decide it: two sessions of one device collide when their
// application-server prefixes intersect in one address family and their ports intersect on both
// ends. The sandbox answers 409 with this rule; qodd refuses such declarations before a provider does.
import { type AddressRange, ipv4Range, ipv6Range, rangesIntersect } from "./addresses.js";

/** Sorted, merged, inclusive port intervals as a flat list [from0, to0, from1, to1, ...]. */
export type PortSet = readonly number[];

/** Every port: what an absent ports spec means. */
export const ALL_PORTS: PortSet = [0, 65535];

/** Ports as the API writes them: single ports and inclusive ranges. */
export interface FlowPorts {
  readonly ports?: readonly number[] | undefined;
  readonly ranges?: readonly { readonly from: number; readonly to: number }[] | undefined;
}

/** The application server as the API writes it: an IPv4 and/or IPv6 address or prefix. */
export interface FlowServer {
  readonly ipv4Address?: string | undefined;
  readonly ipv6Address?: string | undefined;
  /** QoD 1.2: single IPv4 or IPv6 addresses, in place of the two fields above. */
  readonly ipAddresses?: readonly string[] | undefined;
}

/** Normalises a ports spec so overlap checks are a linear merge, whatever the list sizes. */
export function toPortSet(spec: FlowPorts | undefined): PortSet {
  if (!spec) return ALL_PORTS;
  const intervals: [number, number][] = [];
  for (const r of spec.ranges ?? []) intervals.push([r.from, r.to]);
  for (const p of spec.ports ?? []) intervals.push([p, p]);
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [from, to] of intervals) {
    const lastTo = merged[merged.length - 1];
    if (lastTo !== undefined && from <= lastTo + 1) merged[merged.length - 1] = Math.max(lastTo, to);
    else merged.push(from, to);
  }
  return merged;
}

export function portSetsIntersect(a: PortSet, b: PortSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const aFrom = a[i] as number;
    const aTo = a[i + 1] as number;
    const bFrom = b[j] as number;
    const bTo = b[j + 1] as number;
    if (aFrom <= bTo && bFrom <= aTo) return true;
    if (aTo < bTo) i += 2;
    else j += 2;
  }
  return false;
}

/** What a session prioritises, reduced to comparable ranges. */
export interface Flow {
  readonly serverV4: AddressRange | undefined;
  readonly serverV6: AddressRange | undefined;
  /** The `ipAddresses` of QoD 1.2 by family; each collides like the addresses above. */
  readonly listedV4: readonly AddressRange[];
  readonly listedV6: readonly AddressRange[];
  readonly devicePorts: PortSet;
  readonly serverPorts: PortSet;
}

/** Builds a flow; a malformed server address counts as absent (validate addresses first). */
export function toFlow(server: FlowServer, devicePorts?: FlowPorts, serverPorts?: FlowPorts): Flow {
  const listedV4: AddressRange[] = [];
  const listedV6: AddressRange[] = [];
  for (const address of server.ipAddresses ?? []) {
    const v6 = address.includes(":");
    const range = v6 ? ipv6Range(address) : ipv4Range(address);
    if (range) (v6 ? listedV6 : listedV4).push(range);
  }
  return {
    serverV4: server.ipv4Address === undefined ? undefined : ipv4Range(server.ipv4Address),
    serverV6: server.ipv6Address === undefined ? undefined : ipv6Range(server.ipv6Address),
    listedV4,
    listedV6,
    devicePorts: toPortSet(devicePorts),
    serverPorts: toPortSet(serverPorts),
  };
}

const withListed = (single: AddressRange | undefined, listed: readonly AddressRange[]) =>
  single === undefined ? listed : [single, ...listed];
const anyIntersect = (a: readonly AddressRange[], b: readonly AddressRange[]) =>
  a.some((x) => b.some((y) => rangesIntersect(x, y)));

/** Two flows of one device overlap when they share a server address range in one family and ports on both ends. */
export function flowsOverlap(a: Flow, b: Flow): boolean {
  const v4 = anyIntersect(withListed(a.serverV4, a.listedV4), withListed(b.serverV4, b.listedV4));
  const v6 = anyIntersect(withListed(a.serverV6, a.listedV6), withListed(b.serverV6, b.listedV6));
  if (!v4 && !v6) return false;
  return portSetsIntersect(a.devicePorts, b.devicePorts) && portSetsIntersect(a.serverPorts, b.serverPorts);
}
