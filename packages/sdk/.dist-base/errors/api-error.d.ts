import { QodError } from "./qod-error.js";
/** What an error response carried. */
export interface ApiErrorDetails {
  /** The HTTP status. */
  status: number;
  /** The provider's machine-readable code (`NOT_FOUND`, `QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE`...). */
  code: string;
  /** The provider's message. */
  message: string;
  /** The `x-correlator` the provider echoed (or the one the SDK sent). */
  correlator: string | undefined;
  /** The response body as parsed JSON, or its text when it was not JSON. */
  body: unknown;
  /** Seconds to wait, from `Retry-After`, when the provider sent one. */
  retryAfter?: number | undefined;
}
/** The provider answered with an HTTP error. One subclass per status family. */
export declare class ApiError extends QodError {
  name: string;
  /** The HTTP status. */
  readonly status: number;
  /** The provider's error code. */
  readonly code: string;
  /** The `x-correlator` of the exchange, for the provider's support. */
  readonly correlator: string | undefined;
  /** The response body. */
  readonly body: unknown;
  constructor(details: ApiErrorDetails);
  /** The error class for a status: 404 gives a NotFoundError, 503 a ServerError... */
  static from(details: ApiErrorDetails): ApiError;
  toString(): string;
  toJSON(): Record<string, unknown>;
}
/** 400: the request is malformed or a value is out of range. */
export declare class BadRequestError extends ApiError {
  name: string;
}
/** 401: the credentials are missing, invalid or expired. */
export declare class AuthenticationError extends ApiError {
  name: string;
}
/** 403: the client may not do this (scope, or another client's session). */
export declare class PermissionDeniedError extends ApiError {
  name: string;
}
/** 404: no such session, profile or device. */
export declare class NotFoundError extends ApiError {
  name: string;
}
/** 409: the flow overlaps a live session, or the session cannot be extended now. */
export declare class ConflictError extends ApiError {
  name: string;
}
/** 422: the device cannot be identified as sent, or the service does not apply to it. */
export declare class UnprocessableEntityError extends ApiError {
  name: string;
}
/** 429: too many requests or quota used up. */
export declare class RateLimitError extends ApiError {
  name: string;
  /** Seconds the provider asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  constructor(details: ApiErrorDetails);
  toJSON(): Record<string, unknown>;
}
/** 5xx: the provider failed. */
export declare class ServerError extends ApiError {
  name: string;
}
//# sourceMappingURL=api-error.d.ts.map
