// The public API of @qod/sdk, by name.

export type { KnownQosProfile, QosProfileName } from "./catalogue.js";
export { isKnownQosProfile, knownQosProfiles } from "./catalogue.js";
export type { ApiUrls, CamaraApi, QodApiVersion, SplitApiUrl } from "./client/api-urls.js";
export { apiUrl, apiUrls, camaraApis, qodApiVersions, splitApiUrl } from "./client/api-urls.js";
export type { NetworkAsCodeEnvironment } from "./client/network-as-code.js";
export { networkAsCodeEnvironments } from "./client/network-as-code.js";
export type { QodClientOptions } from "./client/options.js";
export type { NetworkAsCodeOptions } from "./client/qod-client.js";
export { QodClient } from "./client/qod-client.js";
export type { AssignmentJson, AssignmentStatusInfo } from "./domain/assignment.js";
export { Assignment } from "./domain/assignment.js";
export { Device } from "./domain/device.js";
export type { SessionJson } from "./domain/session.js";
export { Session } from "./domain/session.js";
export type {
  AssignmentInfo,
  AssignQosInput,
  CreateSessionInput,
  CreateSessionOptions,
  DeviceIdentifiers,
  DeviceInput,
  PortRangeInput,
  PortsInput,
  PortsSpec,
  ProfileFilterInput,
  QosProfile,
  QosStatus,
  SessionInfo,
  SinkCredentialInput,
  StatusInfo,
} from "./domain/types.js";
export type { WaitForStatusOptions } from "./domain/wait-for-status.js";
export type { ApiErrorDetails } from "./errors/api-error.js";
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
export type { SessionDeleteFailure } from "./errors/clear-sessions-error.js";
export { ClearSessionsError } from "./errors/clear-sessions-error.js";
export { QodError } from "./errors/qod-error.js";
export { SessionEndedError } from "./errors/session-ended-error.js";
export { AbortError, ConnectionError, TimeoutError } from "./errors/transport-errors.js";
export type { ValidationIssue } from "./errors/validation-error.js";
export { ResponseValidationError, ValidationError } from "./errors/validation-error.js";
export type { AddressRange } from "./flows/addresses.js";
export { ipv4Range, ipv6Key, ipv6Range, parseIpv4, parseIpv6, rangesIntersect } from "./flows/addresses.js";
export type { Flow, FlowPorts, FlowServer, PortSet } from "./flows/flows.js";
export { ALL_PORTS, flowsOverlap, portSetsIntersect, toFlow, toPortSet } from "./flows/flows.js";
export type { TokenSource } from "./http/auth.js";
export { type BackoffOptions, backoffDelay } from "./http/backoff.js";
export type { Clock, SystemClockOptions } from "./http/clock.js";
export { createSystemClock, systemClock } from "./http/clock.js";
export type { CallOptions } from "./http/transport.js";
export { AssignmentsResource } from "./resources/assignments.js";
export { DevicesResource } from "./resources/devices.js";
export { ProfilesResource } from "./resources/profiles.js";
export { SessionsResource } from "./resources/sessions.js";
export { assignQosInputSchema, assignQosInputSchemaAnyProfile } from "./validation/assignment-schemas.js";
export { isHttpsUri, isIpv4, isIpv6, isRfc3339, isUuid, parseRfc3339 } from "./validation/formats.js";
export {
  createSessionInputSchema,
  createSessionInputSchemaAnyProfile,
  deviceInputSchema,
  deviceIpv4InputSchema,
  portRangeInputSchema,
  portsInputSchema,
  profileFilterInputSchema,
  serviceAddressesInputSchema,
  sinkCredentialInputSchema,
  sinkInputSchema,
} from "./validation/input-schemas.js";
export {
  assignmentIdSchema,
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
export type { ParseInputOptions } from "./validation/parse.js";
export { inputIssues, parseInput } from "./validation/parse.js";
export {
  assignmentInfoSchema,
  errorInfoSchema,
  qosProfileListSchema,
  qosProfileSchema,
  sessionInfoRc3Schema,
  sessionInfoSchema,
  sessionListSchema,
} from "./validation/response-schemas.js";
export { SDK_VERSION } from "./version.js";
