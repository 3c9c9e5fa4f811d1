import { ALL_SCOPES } from "../auth/scopes.js";
import { IDENTIFIER_TYPES } from "../domain/types.js";
import { MAX_GLOB_LENGTH } from "./glob.js";

// JSON Schemas of the control API's bodies; devices reuse the contract's own Device schema. The
// contract leaves the network access identifier free; one the sandbox stores is bounded and
// printable (no NUL or other control characters).
const device = {
  allOf: [
    { $ref: "qod#/components/schemas/Device" },
    {
      properties: {
        networkAccessIdentifier: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          pattern: "^[^\\u0000-\\u001f\\u007f]+$",
        },
      },
    },
  ],
};
const int32 = 2_147_483_647;
const clientId = { type: "string", minLength: 1, maxLength: 128, pattern: "^[\\w.:@-]+$" };

export const controlSchemas = {
  token: {
    type: "object",
    additionalProperties: false,
    properties: {
      clientId,
      scopes: { type: "array", uniqueItems: true, items: { enum: [...ALL_SCOPES] } },
      device,
      expiresIn: { type: "integer", minimum: -int32, maximum: int32 },
    },
  },
  device: {
    type: "object",
    additionalProperties: false,
    required: ["device"],
    properties: {
      device,
      eligible: { type: "boolean" },
      supportedIdentifiers: { type: "array", minItems: 1, uniqueItems: true, items: { enum: [...IDENTIFIER_TYPES] } },
    },
  },
  profile: {
    type: "object",
    additionalProperties: false,
    required: ["status"],
    properties: {
      status: { enum: ["ACTIVE", "INACTIVE", "DEPRECATED"] },
      minDuration: { type: "integer", minimum: 1, maximum: int32 },
      maxDuration: { type: "integer", minimum: 1, maximum: int32 },
      restrictedTo: { type: ["array", "null"], items: device },
      description: { type: "string", maxLength: 1000 },
    },
  },
  advance: {
    type: "object",
    additionalProperties: false,
    required: ["seconds"],
    // Ten years is plenty, and keeps sandbox time inside what a Date can hold.
    properties: { seconds: { type: "number", minimum: 0, maximum: 315_360_000 } },
  },
  fault: {
    type: "object",
    additionalProperties: false,
    anyOf: [{ required: ["status"] }, { required: ["latencyMs"] }, { required: ["reset"] }],
    properties: {
      method: { enum: ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] },
      path: { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH, pattern: "^/[\\x21-\\x7e]*$" },
      status: { type: "integer", minimum: 400, maximum: 599 },
      latencyMs: { type: "integer", minimum: 0, maximum: 60_000 },
      reset: { type: "boolean" },
      retryAfter: { type: "integer", minimum: 0, maximum: 86_400 },
      count: { type: "integer", minimum: 1, maximum: 1_000_000 },
    },
  },
  limit: {
    type: "object",
    additionalProperties: false,
    required: ["requestsPerSecond"],
    properties: {
      clientId,
      requestsPerSecond: { type: "integer", minimum: 1, maximum: 1_000_000 },
    },
  },
  provisioning: {
    type: "object",
    additionalProperties: false,
    required: ["asyncDelete"],
    properties: { asyncDelete: { type: "boolean" } },
  },
  reset: {
    type: "object",
    additionalProperties: false,
    properties: { keepTokens: { type: "boolean" } },
  },
} as const;

export type ControlSchemaName = keyof typeof controlSchemas;
