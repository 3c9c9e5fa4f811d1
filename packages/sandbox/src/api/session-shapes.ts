// How each served version writes the sandbox's records: one state, read in every version.
import type { AssignmentRecord } from "../domain/assignments.js";
import { toSessionInfo } from "../domain/sessions.js";
import { rfc3339 } from "../domain/time.js";
import type { ApplicationServer, SessionRecord } from "../domain/types.js";
import type { SessionShape } from "./versions.js";

/**
 * QoD 1.1.0 holds one IPv4 and one IPv6 server address: a session created on 1.2 with an
 * address list is shown on 1.1.0 with the list's first IPv4 and first IPv6 address.
 */
function singleAddresses(server: ApplicationServer): ApplicationServer {
  if (server.ipAddresses === undefined) return server;
  const v4 = server.ipAddresses.find((a) => !a.includes(":"));
  const v6 = server.ipAddresses.find((a) => a.includes(":"));
  return { ...(v4 === undefined ? {} : { ipv4Address: v4 }), ...(v6 === undefined ? {} : { ipv6Address: v6 }) };
}

/** A session's SessionInfo in the shape of one QoD version. */
export function sessionInfo(session: SessionRecord, shape: SessionShape): Record<string, unknown> {
  const info = toSessionInfo(session);
  if (shape === "1.1.0" && session.applicationServer.ipAddresses !== undefined)
    info.applicationServer = singleAddresses(session.applicationServer);
  return info;
}

/** QoS Provisioning's AssignmentInfo; credentials are never returned. */
export function assignmentInfo(a: AssignmentRecord): Record<string, unknown> {
  const info: Record<string, unknown> = { assignmentId: a.id };
  if (a.device !== undefined) info.device = a.device;
  info.qosProfile = a.qosProfile;
  if (a.sink !== undefined) info.sink = a.sink;
  if (a.startedAt !== undefined) info.startedAt = rfc3339(a.startedAt);
  info.status = a.status;
  if (a.statusInfo !== undefined) info.statusInfo = a.statusInfo;
  return info;
}
