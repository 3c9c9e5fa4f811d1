/** An error the sandbox answers with: HTTP status, machine-readable code and a message for people. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds, sent as `Retry-After` (429 and injected faults). */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, retryAfter?: number) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  /** The `{status, code, message}` body every error response carries. */
  toBody(): { status: number; code: string; message: string } {
    return { status: this.status, code: this.code, message: this.message };
  }
}

// The messages of the standard's catalogue, so clients matching on them see familiar text.
export const errors = {
  invalidArgument: (message: string) => new ApiError(400, "INVALID_ARGUMENT", message),
  outOfRange: (message: string) => new ApiError(400, "OUT_OF_RANGE", message),
  unauthenticated: () =>
    new ApiError(
      401,
      "UNAUTHENTICATED",
      "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required.",
    ),
  permissionDenied: (message = "Client does not have sufficient permissions to perform this action.") =>
    new ApiError(403, "PERMISSION_DENIED", message),
  notFound: (message = "The specified resource is not found.") => new ApiError(404, "NOT_FOUND", message),
  identifierNotFound: (message = "Device identifier not found.") => new ApiError(404, "IDENTIFIER_NOT_FOUND", message),
  conflict: (message: string) => new ApiError(409, "CONFLICT", message),
  serviceNotApplicable: () =>
    new ApiError(422, "SERVICE_NOT_APPLICABLE", "The service is not available for the provided identifier."),
  missingIdentifier: () => new ApiError(422, "MISSING_IDENTIFIER", "The device cannot be identified."),
  unsupportedIdentifier: () => new ApiError(422, "UNSUPPORTED_IDENTIFIER", "The identifier provided is not supported."),
  unnecessaryIdentifier: () =>
    new ApiError(422, "UNNECESSARY_IDENTIFIER", "The device is already identified by the access token."),
  tooManyRequests: (retryAfter: number) => new ApiError(429, "TOO_MANY_REQUESTS", "Rate limit reached.", retryAfter),
  /** Another process held the state's write lock beyond the busy timeout. */
  stateBusy: () => new ApiError(503, "UNAVAILABLE", "The sandbox state is busy; try again.", 1),
} as const;
