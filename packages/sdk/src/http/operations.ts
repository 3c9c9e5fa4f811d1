// The contract's operations the SDK calls: their operationId, whether a failed attempt may be
// sent again, and the schema their answer must meet. Built once, shared by every call.
import type * as z from "zod/mini";
import {
  qosProfileListSchema,
  qosProfileSchema,
  sessionInfoSchema,
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
