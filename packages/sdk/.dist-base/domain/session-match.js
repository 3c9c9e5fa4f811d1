function portsKey(ports) {
  if (!ports) return "";
  const singles = [...(ports.ports ?? [])].sort((a, b) => a - b).join(",");
  const ranges = (ports.ranges ?? [])
    .map((r) => `${r.from}-${r.to}`)
    .sort()
    .join(",");
  return `${singles}|${ranges}`;
}
/**
 * True when a listed session is the one a create request asked for: same profile, server,
 * ports, duration and sink, and still live. Used after an ambiguous create failure.
 */
export function matchesCreateRequest(info, request) {
  return (
    info.qosStatus !== "UNAVAILABLE" &&
    info.qosProfile === request.qosProfile &&
    info.applicationServer.ipv4Address === request.applicationServer.ipv4Address &&
    info.applicationServer.ipv6Address === request.applicationServer.ipv6Address &&
    portsKey(info.devicePorts) === portsKey(request.devicePorts) &&
    portsKey(info.applicationServerPorts) === portsKey(request.applicationServerPorts) &&
    info.duration === request.duration &&
    info.sink === request.sink
  );
}
//# sourceMappingURL=session-match.js.map
