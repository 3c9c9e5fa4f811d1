import { randomUUID } from "node:crypto";
import { rfc3339 } from "../domain/time.js";
import type { SessionRecord } from "../domain/types.js";

export const EVENT_TYPE = "org.camaraproject.quality-on-demand.v1.qos-status-changed";

/** A `qos-status-changed` CloudEvent for a session's current status. */
export function statusChangedEvent(session: SessionRecord, at: number, baseUrl: string): Record<string, unknown> {
  return {
    id: randomUUID(),
    source: `${baseUrl}/quality-on-demand/v1/sessions/${session.id}`,
    type: EVENT_TYPE,
    specversion: "1.0",
    datacontenttype: "application/json",
    time: rfc3339(at),
    data: {
      sessionId: session.id,
      qosStatus: session.status,
      ...(session.statusInfo === undefined ? {} : { statusInfo: session.statusInfo }),
    },
  };
}

export const ASSIGNMENT_EVENT_TYPE = "org.camaraproject.qos-provisioning.v0.status-changed";

/** A QoS Provisioning `status-changed` CloudEvent for an assignment's current status. */
export function assignmentChangedEvent(
  assignment: { id: string; status: string; statusInfo: string | undefined },
  at: number,
  baseUrl: string,
): Record<string, unknown> {
  return {
    id: randomUUID(),
    source: `${baseUrl}/qos-provisioning/v0.4rc1/qos-assignments/${assignment.id}`,
    type: ASSIGNMENT_EVENT_TYPE,
    specversion: "1.0",
    datacontenttype: "application/json",
    time: rfc3339(at),
    data: {
      assignmentId: assignment.id,
      status: assignment.status,
      ...(assignment.statusInfo === undefined ? {} : { statusInfo: assignment.statusInfo }),
    },
  };
}
