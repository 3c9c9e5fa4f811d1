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
export class ApiError extends QodError {
  override name = "ApiError";
  /** The HTTP status. */
  readonly status: number;
  /** The provider's error code. */
  readonly code: string;
  /** The `x-correlator` of the exchange, for the provider's support. */
  readonly correlator: string | undefined;
  /** The response body. */
  readonly body: unknown;

  constructor(details: ApiErrorDetails) {
    super(details.message);
    this.status = details.status;
    this.code = details.code;
    this.correlator = details.correlator;
    this.body = details.body;
  }

  /** The error class for a status: 404 gives a NotFoundError, 503 a ServerError... */
  static from(details: ApiErrorDetails): ApiError {
    const { status } = details;
    if (status === 429) return new RateLimitError(details);
    if (status >= 500) return new ServerError(details);
    const ErrorClass = byStatus[status];
    return ErrorClass ? new ErrorClass(details) : new ApiError(details);
  }

  override toString(): string {
    return `${this.name}: ${this.status} ${this.code}: ${this.message}`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, code: this.code, correlator: this.correlator, body: this.body };
  }
}

/** 400: the request is malformed or a value is out of range. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}

/** 401: the credentials are missing, invalid or expired. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}

/** 403: the client may not do this (scope, or another client's session). */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}

/** 404: no such session, profile or device. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}

/**
 * 409: the flow overlaps a live session, the session cannot be extended now, or the device
 * already has an assignment. `code` is the one sent: `CONFLICT`, or Commonalities r4's
 * `INCOMPATIBLE_STATE`, `ALREADY_EXISTS`, `ABORTED`.
 */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}

/** 422: the device cannot be identified as sent, or the service does not apply to it. */
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}

/** 429: too many requests or quota used up. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** Seconds the provider asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(details: ApiErrorDetails) {
    super(details);
    this.retryAfter = details.retryAfter;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}

/** 5xx: the provider failed. */
export class ServerError extends ApiError {
  override name = "ServerError";
}

const byStatus: Record<number, new (details: ApiErrorDetails) => ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};
