import { type AddressRange, ipv4Range, ipv6Range, rangesIntersect } from "./ip.js";
import type { ApplicationServer, PortsSpec } from "./types.js";

/** Sorted, merged, inclusive port intervals as a flat list [from0, to0, from1, to1, ...]. */
export type PortSet = readonly number[];

/** Every port: what an absent ports spec means. */
export const ALL_PORTS: PortSet = [0, 65535];

/** Normalises a ports spec so overlap checks are a linear merge, whatever the list sizes. */
export function toPortSet(spec: PortsSpec | undefined): PortSet {
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

/** What a session prioritises, reduced to comparable ranges (one per server address or subnet). */
export interface Flow {
  readonly serverV4: readonly AddressRange[];
  readonly serverV6: readonly AddressRange[];
  readonly devicePorts: PortSet;
  readonly serverPorts: PortSet;
}

/** Builds a flow; the server addresses must already be valid (see `checkApplicationServer`). */
export function toFlow(server: ApplicationServer, devicePorts?: PortsSpec, serverPorts?: PortsSpec): Flow {
  // An address list (QoD 1.2) and the single fields (1.1) both become lists of ranges.
  const addresses = [server.ipv4Address, server.ipv6Address, ...(server.ipAddresses ?? [])];
  const serverV4: AddressRange[] = [];
  const serverV6: AddressRange[] = [];
  for (const address of addresses) {
    if (address === undefined) continue;
    const v6 = address.includes(":");
    const range = v6 ? ipv6Range(address) : ipv4Range(address);
    if (range) (v6 ? serverV6 : serverV4).push(range);
  }
  return { serverV4, serverV6, devicePorts: toPortSet(devicePorts), serverPorts: toPortSet(serverPorts) };
}

const anyIntersect = (a: readonly AddressRange[], b: readonly AddressRange[]) =>
  a.some((x) => b.some((y) => rangesIntersect(x, y)));

/** Two flows of one device overlap when they share a server address range and ports on both ends. */
export function flowsOverlap(a: Flow, b: Flow): boolean {
  if (!anyIntersect(a.serverV4, b.serverV4) && !anyIntersect(a.serverV6, b.serverV6)) return false;
  return portSetsIntersect(a.devicePorts, b.devicePorts) && portSetsIntersect(a.serverPorts, b.serverPorts);
}
