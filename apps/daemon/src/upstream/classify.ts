import { ApiError, ConnectionError, TimeoutError, ValidationError } from "@qod/sdk";
import type { FailureKind } from "./upstream.js";

/** Maps an SDK error to what the reconciler should do about it. */
export function classifyError(error: unknown): FailureKind {
  if (error instanceof ValidationError) return "rejected";
  if (error instanceof ConnectionError || error instanceof TimeoutError) return "outage";
  if (error instanceof ApiError) {
    const { status, code } = error;
    if (status === 429 || status >= 500) return "outage";
    // The provider is up but refuses this daemon: a revoked token or missing scopes.
    if (status === 401 || status === 403) return "unauthorized";
    if (status === 404) return "not-found";
    if (status === 409) return code === "CONFLICT" ? "conflict" : "not-allowed";
    return "rejected";
  }
  // Anything else (a token source failing, a journal write failing) is not the provider's answer.
  return "outage";
}
