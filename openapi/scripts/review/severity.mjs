// What each kind of change means for a client, by direction. "request": the client sends it
// (parameters, request bodies, answers to callbacks). "response": the server sends it
// (responses, callback payloads). A request accepting less, or a response promising less,
// breaks clients; a response that may carry new values is for review.

/** @typedef {"breaking" | "review" | "non-breaking"} Severity */

const B = "breaking";
const R = "review";
const N = "non-breaking";

/** kind → [severity when the client sends it, severity when the server sends it] */
export const severities = {
  "spec-added": [N, N],
  "spec-removed": [B, B],
  "version-changed": [N, N],
  "server-added": [N, N],
  "server-removed": [B, B],
  "server-url-changed": [B, B],
  "path-added": [N, N],
  "path-removed": [B, B],
  "operation-added": [N, N],
  "operation-removed": [B, B],
  "operation-id-changed": [B, B],
  "parameter-added": [N, N],
  "required-parameter-added": [B, B],
  "parameter-removed": [B, B],
  "parameter-became-required": [B, B],
  "parameter-became-optional": [N, N],
  "request-body-added": [N, N],
  "required-request-body-added": [B, B],
  "request-body-removed": [B, B],
  "request-body-became-required": [B, B],
  "request-body-became-optional": [N, N],
  "media-type-added": [N, R],
  "media-type-removed": [B, B],
  "success-response-added": [R, R],
  "success-response-removed": [B, B],
  // A client handles any error status it does not know as a generic error.
  "error-response-added": [N, N],
  "error-response-removed": [N, N],
  "response-header-added": [N, N],
  "response-header-removed": [R, R],
  "required-response-header-removed": [B, B],
  "response-header-became-optional": [B, B],
  "response-header-became-required": [N, N],
  "property-added": [N, N],
  "required-property-added": [B, N],
  // A response that no longer carries a property promises less, even an optional one.
  "property-removed": [B, B],
  "required-property-removed": [B, B],
  "property-became-required": [B, N],
  "property-became-optional": [N, B],
  "type-narrowed": [B, N],
  "type-widened": [N, B],
  "type-changed": [B, B],
  "format-added": [B, N],
  "format-removed": [N, B],
  "format-changed": [B, B],
  // A format no validator checks (e.g. "string") constrains nothing.
  "format-hint-changed": [R, R],
  "enum-added": [B, N],
  "enum-removed": [N, R],
  "enum-value-added": [N, R],
  "enum-value-removed": [B, N],
  // Clients branch on error codes and event types: losing one breaks them either way.
  "error-code-added": [R, R],
  "error-code-removed": [B, B],
  "event-type-added": [R, R],
  "event-type-removed": [B, B],
  "pattern-added": [B, N],
  "pattern-removed": [N, R],
  "pattern-changed": [B, R],
  // CAMARA added length and range bounds for safety without calling them breaking: values
  // outside them were never meaningful. They stay visible as "review".
  "bound-tightened": [R, N],
  "bound-loosened": [N, R],
  "additional-properties-restricted": [B, N],
  "additional-properties-allowed": [N, R],
  "nullable-added": [N, B],
  "nullable-removed": [B, N],
  "branch-added": [N, R],
  "branch-removed": [B, N],
  "security-scheme-added": [N, N],
  "security-scheme-removed": [B, B],
  "security-scheme-changed": [B, B],
  "security-requirement-added": [N, N],
  "security-requirement-removed": [B, B],
  "security-now-required": [B, B],
  "scope-added": [B, B],
  "scope-removed": [N, N],
  "callback-added": [N, N],
  "callback-removed": [B, B],
};

/** @param {string} kind @param {"request" | "response"} direction @returns {Severity} */
export function severityOf(kind, direction) {
  const pair = severities[kind];
  if (!pair) throw new Error(`unknown change kind ${kind}`);
  return pair[direction === "request" ? 0 : 1];
}
