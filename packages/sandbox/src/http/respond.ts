import type { ApiError } from "../domain/api-error.js";

/** The contract's `x-correlator` pattern. */
export const CORRELATOR = /^[\w\-:;./<>{}]{0,256}$/;

/** The request's correlator when it is well-formed; a malformed one is never echoed. */
export function validCorrelator(headers: Headers): string | undefined {
  const value = headers.get("x-correlator");
  return value !== null && CORRELATOR.test(value) ? value : undefined;
}

function headersFor(correlator: string | undefined, withBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  if (withBody) headers["content-type"] = "application/json";
  if (correlator !== undefined) headers["x-correlator"] = correlator;
  return headers;
}

export function json(status: number, body: unknown, correlator: string | undefined): Response {
  return new Response(JSON.stringify(body), { status, headers: headersFor(correlator, true) });
}

export function empty(status: number, correlator: string | undefined): Response {
  return new Response(null, { status, headers: headersFor(correlator, false) });
}

export function errorResponse(error: ApiError, correlator: string | undefined): Response {
  const headers = headersFor(correlator, true);
  if (error.retryAfter !== undefined) headers["retry-after"] = String(Math.ceil(error.retryAfter));
  return new Response(JSON.stringify(error.toBody()), { status: error.status, headers });
}
