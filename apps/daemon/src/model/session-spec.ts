// What a wanted session is, independent of where the wish came from (config or a lease), and
// the keys that decide which wishes share one upstream session.
import { createHash } from "node:crypto";

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

/** The flow: device, application server and ports, without the profile. Two live sessions on one flow conflict. */
export function flowOf(spec: SessionSpec): Omit<SessionSpec, "profile"> {
  const { profile: _profile, ...flow } = spec;
  return flow;
}

/** Identifies (device, flow, profile): wishes with the same key share one upstream session. */
export function specKey(spec: SessionSpec): string {
  return digest(canonicalJson(spec));
}

/** Identifies (device, flow), whatever the profile. */
export function flowKey(spec: SessionSpec): string {
  return digest(canonicalJson(flowOf(spec)));
}

/** Identifies a device by the identifiers it was given with. */
export function deviceKey(device: DeviceSpec): string {
  return digest(canonicalJson(device));
}
