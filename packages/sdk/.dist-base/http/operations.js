import {
  qosProfileListSchema,
  qosProfileSchema,
  sessionInfoSchema,
  sessionListSchema,
} from "../validation/response-schemas.js";

function operation(name, retry, schema) {
  return { name, retry, schema: schema };
}
// Creating and extending are not repeated blindly: a repeat could book or extend twice.
export const createSession = operation("createSession", "unsafe", sessionInfoSchema);
export const extendSession = operation("extendQosSessionDuration", "unsafe", sessionInfoSchema);
export const getSession = operation("getSession", "idempotent", sessionInfoSchema);
export const deleteSession = { name: "deleteSession", retry: "idempotent" };
export const retrieveSessions = operation("retrieveSessionsByDevice", "idempotent", sessionListSchema);
export const retrieveProfiles = operation("retrieveQoSProfiles", "idempotent", qosProfileListSchema);
export const getProfile = operation("getQosProfile", "idempotent", qosProfileSchema);
//# sourceMappingURL=operations.js.map
