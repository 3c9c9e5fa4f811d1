/** A lease asks for a flow that another wish holds with a different profile. */
export class FlowConflictError extends Error {
  override name = "FlowConflictError";
}

/** The provider refused to create the session (a 4xx other than a conflict). */
export class SessionRejectedError extends Error {
  override name = "SessionRejectedError";
  /** The provider's HTTP status. */
  readonly status: number | undefined;
  /** The provider's error code. */
  readonly code: string | undefined;

  constructor(message: string, status: number | undefined, code: string | undefined) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The provider refuses the daemon itself (401/403): no session can be had until the token is fixed. */
export class UpstreamUnauthorizedError extends Error {
  override name = "UpstreamUnauthorizedError";
}

/** No session could be had in time (the provider is down or slow). */
export class SessionUnavailableError extends Error {
  override name = "SessionUnavailableError";
}

/** A short, secret-free description of an error for logs and the API. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const e = error as Error & { status?: unknown; code?: unknown };
    const status = typeof e.status === "number" ? `${e.status} ` : "";
    const code = typeof e.code === "string" ? `${e.code}: ` : "";
    return `${e.name}: ${status}${code}${e.message}`.slice(0, 300);
  }
  return String(error).slice(0, 300);
}
