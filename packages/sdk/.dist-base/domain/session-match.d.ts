import type { PortsSpec, SessionInfo } from "./types.js";
/** The fields of a create request that identify the flow. */
export interface CreateRequestFlow {
  qosProfile: string;
  applicationServer: {
    ipv4Address?: string;
    ipv6Address?: string;
  };
  devicePorts?: PortsSpec;
  applicationServerPorts?: PortsSpec;
  duration: number;
  sink?: string;
}
/**
 * True when a listed session is the one a create request asked for: same profile, server,
 * ports, duration and sink, and still live. Used after an ambiguous create failure.
 */
export declare function matchesCreateRequest(info: SessionInfo, request: CreateRequestFlow): boolean;
//# sourceMappingURL=session-match.d.ts.map
