// What a wanted session is, independent of where the wish came from (config or a lease), and
// the keys that decide which wishes share one upstream session.
import { createHash } from "node:crypto";
import { type Flow, flowsOverlap, toFlow } from "@qod/sdk";

/** A device by its identifiers, as the SDK takes it. */
export interface DeviceSpec {
  phoneNumber?: string;
  networkAccessIdentifier?: string;
  ipv4Address?: { publicAddress: string; privateAddress?: string; publicPort?: number };
  ipv6Address?: string;
}

/** Ports as single ports and/or `{from, to}` ranges. */
export interface PortsSpec {
  ports?: number[];
  ranges?: { from: number; to: number }[];
}

/** One wanted QoS session: a device, an application server, optional ports and a profile. */
export interface SessionSpec {
  device: DeviceSpec;
  profile: string;
  serviceIpv4?: string;
  serviceIpv6?: string;
  servicePorts?: PortsSpec;
  devicePorts?: PortsSpec;
}

/** JSON with object keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** Identifies (device, flow, profile): wishes with the same key share one upstream session. */
export function specKey(spec: SessionSpec): string {
  return digest(canonicalJson(spec));
}

/** Identifies a device by the identifiers it was given with. */
export function deviceKey(device: DeviceSpec): string {
  return digest(canonicalJson(device));
}

/** The application server and ports of a spec as the SDK's flow, the rule providers apply. */
export function flowOfSpec(spec: Omit<SessionSpec, "device" | "profile">): Flow {
  return toFlow({ ipv4Address: spec.serviceIpv4, ipv6Address: spec.serviceIpv6 }, spec.devicePorts, spec.servicePorts);
}

/** Two flows of one device that a provider would refuse to hold at once (overlapping prefixes and ports). */
export function specsCollide(a: SessionSpec, b: SessionSpec): boolean {
  return flowsOverlap(flowOfSpec(a), flowOfSpec(b));
}

/** The same flow however it is written (prefix text, ports as a list or as ranges). */
export function sameFlow(a: Flow, b: Flow): boolean {
  const range = (x: Flow["serverV4"], y: Flow["serverV4"]) => x?.first === y?.first && x?.last === y?.last;
  const ports = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    range(a.serverV4, b.serverV4) &&
    range(a.serverV6, b.serverV6) &&
    ports(a.devicePorts, b.devicePorts) &&
    ports(a.serverPorts, b.serverPorts)
  );
}
