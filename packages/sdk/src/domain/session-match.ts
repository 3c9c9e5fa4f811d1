import type { PortsSpec, SessionInfo } from "./types.js";

/** The fields of a create request that identify the flow. */
export interface CreateRequestFlow {
  qosProfile: string;
  applicationServer: { ipv4Address?: string; ipv6Address?: string; ipAddresses?: readonly string[] };
  devicePorts?: PortsSpec;
  applicationServerPorts?: PortsSpec;
  duration: number;
  sink?: string;
}

function portsKey(ports: PortsSpec | undefined): string {
  if (!ports) return "";
  const singles = [...(ports.ports ?? [])].sort((a, b) => a - b).join(",");
  const ranges = (ports.ranges ?? [])
    .map((r) => `${r.from}-${r.to}`)
    .sort()
    .join(",");
  return `${singles}|${ranges}`;
}

function addressesKey(addresses: readonly string[] | undefined): string {
  return addresses ? [...addresses].sort().join(",") : "";
}

/**
 * True when a listed session is the one a create request asked for: same profile, server,
 * ports, duration and sink, and still live. Used after an ambiguous create failure.
 */
export function matchesCreateRequest(info: SessionInfo, request: CreateRequestFlow): boolean {
  return (
    info.qosStatus !== "UNAVAILABLE" &&
    info.qosProfile === request.qosProfile &&
    info.applicationServer.ipv4Address === request.applicationServer.ipv4Address &&
    info.applicationServer.ipv6Address === request.applicationServer.ipv6Address &&
    addressesKey(info.applicationServer.ipAddresses) === addressesKey(request.applicationServer.ipAddresses) &&
    portsKey(info.devicePorts) === portsKey(request.devicePorts) &&
    portsKey(info.applicationServerPorts) === portsKey(request.applicationServerPorts) &&
    info.duration === request.duration &&
    info.sink === request.sink
  );
}
