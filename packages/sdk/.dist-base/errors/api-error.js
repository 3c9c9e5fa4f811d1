import { QodError } from "./qod-error.js";
/** The provider answered with an HTTP error. One subclass per status family. */
export class ApiError extends QodError {
  name = "ApiError";
  /** The HTTP status. */
  status;
  /** The provider's error code. */
  code;
  /** The `x-correlator` of the exchange, for the provider's support. */
  correlator;
  /** The response body. */
  body;
  constructor(details) {
    super(details.message);
    this.status = details.status;
    this.code = details.code;
    this.correlator = details.correlator;
    this.body = details.body;
  }
  /** The error class for a status: 404 gives a NotFoundError, 503 a ServerError... */
  static from(details) {
    const { status } = details;
    if (status === 429) return new RateLimitError(details);
    if (status >= 500) return new ServerError(details);
    const ErrorClass = byStatus[status];
    return ErrorClass ? new ErrorClass(details) : new ApiError(details);
  }
  toString() {
    return `${this.name}: ${this.status} ${this.code}: ${this.message}`;
  }
  toJSON() {
    return { ...super.toJSON(), status: this.status, code: this.code, correlator: this.correlator, body: this.body };
  }
}
/** 400: the request is malformed or a value is out of range. */
export class BadRequestError extends ApiError {
  name = "BadRequestError";
}
/** 401: the credentials are missing, invalid or expired. */
export class AuthenticationError extends ApiError {
  name = "AuthenticationError";
}
/** 403: the client may not do this (scope, or another client's session). */
export class PermissionDeniedError extends ApiError {
  name = "PermissionDeniedError";
}
/** 404: no such session, profile or device. */
export class NotFoundError extends ApiError {
  name = "NotFoundError";
}
/** 409: the flow overlaps a live session, or the session cannot be extended now. */
export class ConflictError extends ApiError {
  name = "ConflictError";
}
/** 422: the device cannot be identified as sent, or the service does not apply to it. */
export class UnprocessableEntityError extends ApiError {
  name = "UnprocessableEntityError";
}
/** 429: too many requests or quota used up. */
export class RateLimitError extends ApiError {
  name = "RateLimitError";
  /** Seconds the provider asked to wait (`Retry-After`), when it said. */
  retryAfter;
  constructor(details) {
    super(details);
    this.retryAfter = details.retryAfter;
  }
  toJSON() {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}
/** 5xx: the provider failed. */
export class ServerError extends ApiError {
  name = "ServerError";
}
const byStatus = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};
//# sourceMappingURL=api-error.js.map
