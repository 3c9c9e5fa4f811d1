export { AdminTokenError, checkAdminToken, MIN_ADMIN_TOKEN_LENGTH } from "./auth/admin-token.js";
export type { Principal } from "./auth/authenticator.js";
export { ALL_SCOPES, type Scope } from "./auth/scopes.js";
export { DEFAULT_CAPS, type SandboxCaps } from "./control/caps.js";
export type {
  ControlService,
  DeviceView,
  MintedToken,
  MintTokenInput,
  ProfileInput,
  StateSnapshot,
} from "./control/control-service.js";
export type { ActiveFault, FaultSpec } from "./control/faults.js";
export type { RateLimit } from "./control/rate-limiter.js";
export type { AssignmentStatusInfo } from "./domain/assignments.js";
export { DEV_TOKEN, TUTORIAL_DEVICE } from "./domain/seed.js";
export type { Device, IdentifierType, ProfileStatus, QosStatus, StatusInfo } from "./domain/types.js";
export { DEFAULT_SERVER_TIMEOUTS, type ServerTimeouts } from "./http/server-timeouts.js";
export type { SandboxLogger } from "./logger.js";
export type { DeliveryRecord } from "./notifications/notifier.js";
export type { NotificationTransport } from "./notifications/transport.js";
export type { NotificationOptions, ProvisioningOptions, SandboxOptions } from "./options.js";
export { StateFileError } from "./persistence/state-file.js";
export {
  createSandbox,
  type Sandbox,
  type SandboxClockControl,
  type SandboxFetch,
  type SandboxStateView,
} from "./sandbox.js";
export type { ClockOptions, TimerFunctions } from "./scheduling/clock.js";
