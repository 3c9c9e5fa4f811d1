import { ApiError, ConnectionError, TimeoutError, ValidationError } from "@qod/sdk";
import type { FailureKind } from "./upstream.js";

/** Maps an SDK error to what the reconciler should do about it. */
export function classifyError(error: unknown): FailureKind {
  if (error instanceof ValidationError) return "rejected";
  if (error instanceof ConnectionError || error instanceof TimeoutError) return "outage";
  if (error instanceof ApiError) {
    const { status, code } = error;
    if (status === 429 || status >= 500) return "outage";
    // 401 is usually a token the token source is about to rotate; treat it as a pause, not a verdict.
    if (status === 401) return "outage";
    if (status === 404) return "not-found";
    if (status === 409) return code === "CONFLICT" ? "conflict" : "not-allowed";
    return "rejected";
  }
  // Anything else (a token source failing, a journal write failing) is not the provider's answer.
  return "outage";
}
