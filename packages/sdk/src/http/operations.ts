// The contract's operations the SDK calls: their operationId, whether a failed attempt may be
// sent again, and the schema their answer must meet. Built once, shared by every call.
import * as z from "zod/mini";
import type { QodApiVersion } from "../client/api-urls.js";
import {
  assignmentInfoSchema,
  qosProfileListSchema,
  qosProfileSchema,
  sessionInfoRc3Schema,
  sessionInfoSchema,
  sessionListRc3Schema,
  sessionListSchema,
} from "../validation/response-schemas.js";
import type { RetryMode } from "./retry.js";
import type { Operation } from "./transport.js";

function operation<S extends z.ZodMiniType>(name: string, retry: RetryMode, schema: S): Operation<z.output<S>> {
  return { name, retry, schema: schema as z.ZodMiniType<z.output<S>> };
}

// Creating and extending are not repeated blindly: a repeat could book or extend twice.
export const createSession = operation("createSession", "unsafe", sessionInfoSchema);
export const extendSession = operation("extendQosSessionDuration", "unsafe", sessionInfoSchema);
export const getSession = operation("getSession", "idempotent", sessionInfoSchema);
export const deleteSession: Operation<undefined> = { name: "deleteSession", retry: "idempotent" };
export const retrieveSessions = operation("retrieveSessionsByDevice", "idempotent", sessionListSchema);
export const retrieveProfiles = operation("retrieveQoSProfiles", "idempotent", qosProfileListSchema);
export const getProfile = operation("getQosProfile", "idempotent", qosProfileSchema);

// QoD 1.2.0-rc.3 answers sessions whose server may be a list of addresses.
const createSessionRc3 = operation("createSession", "unsafe", sessionInfoRc3Schema);
const extendSessionRc3 = operation("extendQosSessionDuration", "unsafe", sessionInfoRc3Schema);
const getSessionRc3 = operation("getSession", "idempotent", sessionInfoRc3Schema);
const retrieveSessionsRc3 = operation("retrieveSessionsByDevice", "idempotent", sessionListRc3Schema);

/** The session operations of one QoD version, each checking answers against that version. */
export interface SessionOperations {
  createSession: typeof createSessionRc3;
  extendSession: typeof extendSessionRc3;
  getSession: typeof getSessionRc3;
  retrieveSessions: typeof retrieveSessionsRc3;
}

/** Session operations by QoD version. */
export const sessionOperations: Record<QodApiVersion, SessionOperations> = {
  "1.1.0": { createSession, extendSession, getSession, retrieveSessions },
  "1.2.0-rc.3": {
    createSession: createSessionRc3,
    extendSession: extendSessionRc3,
    getSession: getSessionRc3,
    retrieveSessions: retrieveSessionsRc3,
  },
};

// QoS Provisioning 0.4.0-rc.1. A create is not repeated blindly: the device has one assignment.
export const createAssignment = operation("createQosAssignment", "unsafe", assignmentInfoSchema);
export const getAssignment = operation("getQosAssignmentById", "idempotent", assignmentInfoSchema);
export const retrieveAssignment = operation("getQosAssignmentByDevice", "idempotent", assignmentInfoSchema);
// 204 (revoked at once) has no body; 202 answers the assignment as it now stands.
export const revokeAssignment = operation("revokeQosAssignment", "idempotent", z.optional(assignmentInfoSchema));
