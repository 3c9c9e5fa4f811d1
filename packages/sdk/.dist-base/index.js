// The public API of @qod/sdk, by name.
export { isKnownQosProfile, knownQosProfiles } from "./catalogue.js";
export { networkAsCodeEnvironments } from "./client/network-as-code.js";
export { QodClient } from "./client/qod-client.js";
export { Device } from "./domain/device.js";
export { Session } from "./domain/session.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from "./errors/api-error.js";
export { ClearSessionsError } from "./errors/clear-sessions-error.js";
export { QodError } from "./errors/qod-error.js";
export { AbortError, ConnectionError, TimeoutError } from "./errors/transport-errors.js";
export { ResponseValidationError, ValidationError } from "./errors/validation-error.js";
export { systemClock } from "./http/clock.js";
export { DevicesResource } from "./resources/devices.js";
export { ProfilesResource } from "./resources/profiles.js";
export { SessionsResource } from "./resources/sessions.js";
export { schemaDifferences } from "./validation/differences.js";
export { isHttpsUri, isIpv4, isIpv6, isRfc3339, isUuid, parseRfc3339 } from "./validation/formats.js";
export {
  createSessionInputSchema,
  createSessionInputSchemaAnyProfile,
  deviceInputSchema,
  deviceIpv4InputSchema,
  portRangeInputSchema,
  portsInputSchema,
  profileFilterInputSchema,
  sinkCredentialInputSchema,
  sinkInputSchema,
} from "./validation/input-schemas.js";
export {
  correlatorSchema,
  durationSchema,
  extendSecondsSchema,
  ipv4AddressSchema,
  ipv6AddressSchema,
  knownProfileSchema,
  phoneNumberSchema,
  portSchema,
  profileNameSchema,
  serviceIpv4Schema,
  serviceIpv6Schema,
  sessionIdSchema,
  timestampSchema,
} from "./validation/leaf-schemas.js";
export { inputIssues, parseInput } from "./validation/parse.js";
export {
  errorInfoSchema,
  qosProfileListSchema,
  qosProfileSchema,
  sessionInfoSchema,
  sessionListSchema,
} from "./validation/response-schemas.js";
export { SDK_VERSION } from "./version.js";
//# sourceMappingURL=index.js.map
