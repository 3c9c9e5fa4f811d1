// What each test checks about a response, read from the contract rather than written by hand:
// the documented status, the body against the response schema, the declared headers.
import { pointerSegment } from "@qod/openapi/validator";
import { expect } from "vitest";
import { type DocumentedResponse, documentedResponses, followRefs, nodeAt } from "../../src/spec-operations.mjs";
import type { Contract } from "./contract.js";

const JSON_MEDIA = "application/json";

/** One documented response to ask Prism for: a status and, when it has named examples, one of them. */
export interface ResponseCase {
  status: number;
  /** Name of the example to ask for with `Prefer: example=NAME`. */
  example: string | undefined;
}

/** What a typed openapi-fetch call resolves to, reduced to what the checks need. */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Every documented status of an operation, once per named example of its JSON body. */
export function responseCases(contract: Contract, operationId: string): ResponseCase[] {
  return documentedResponses(contract.document, operationId).flatMap(({ status, response }): ResponseCase[] => {
    const examples = Object.keys(response.content?.[JSON_MEDIA]?.examples ?? {});
    const code = Number(status);
    if (!Number.isInteger(code)) throw new Error(`${operationId} ${status}: Prism cannot be asked for a range`);
    return examples.length === 0
      ? [{ status: code, example: undefined }]
      : examples.map((example) => ({ status: code, example }));
  });
}

/** The status Prism answers a valid request with: the operation's lowest documented 2xx. */
export function successStatus(contract: Contract, operationId: string): number {
  const codes = documentedResponses(contract.document, operationId)
    .map(({ status }) => Number(status))
    .filter((code) => code >= 200 && code < 300);
  const lowest = Math.min(...codes);
  if (!Number.isFinite(lowest)) throw new Error(`${operationId} documents no success response`);
  return lowest;
}

/** The `Prefer` header that makes Prism answer with this case. */
export function prefer({ status, example }: ResponseCase): Record<string, string> {
  return { Prefer: example === undefined ? `code=${status}` : `code=${status}, example=${example}` };
}

/** The value of a named example of a documented response, `$ref`s followed. */
export function exampleValue(contract: Contract, operationId: string, { status, example }: ResponseCase): unknown {
  const documented = documentedFor(contract, operationId, status);
  const examplesPointer = `${documented.pointer}/content/${pointerSegment(JSON_MEDIA)}/examples`;
  return nodeAt(
    contract.document,
    followRefs(contract.document, `${examplesPointer}/${pointerSegment(String(example))}`),
  )?.value;
}

/**
 * Asserts that a response is the documented `status` of `operationId`: its body valid against the
 * response schema, its declared headers present where we sent their source and valid, and no
 * request violations reported by Prism (so the request the typed client built was valid too).
 */
export function expectDocumented(contract: Contract, operationId: string, status: number, result: CallResult): void {
  const { response } = result;
  expect(response.status, `${operationId} status`).toBe(status);
  // Prism lists what was wrong with the request here; a contract test's request must be valid.
  expect(response.headers.get("sl-violations"), "request violations reported by Prism").toBeNull();
  const documented = documentedFor(contract, operationId, status);
  const body = result.data ?? result.error;
  if (documented.response.content?.[JSON_MEDIA]?.schema) {
    const schemaPointer = `${documented.pointer}/content/${pointerSegment(JSON_MEDIA)}/schema`;
    expect(contract.validator.validate(schemaPointer, body), `${operationId} ${status} body`).toEqual([]);
  } else {
    expect(body, `${operationId} ${status} has no body`).toBeUndefined();
  }
  for (const name of Object.keys(documented.response.headers ?? {})) {
    const value = response.headers.get(name);
    // The spec promises to echo the correlator we always send; other headers are optional.
    if (name.toLowerCase() === "x-correlator") expect(value, `${operationId} ${status} x-correlator`).not.toBeNull();
    if (value !== null) expectHeaderValid(contract, documented, name, value);
  }
}

function expectHeaderValid(contract: Contract, documented: DocumentedResponse, name: string, value: string): void {
  const headerPointer = followRefs(contract.document, `${documented.pointer}/headers/${pointerSegment(name)}`);
  const schemaPointer = `${headerPointer}/schema`;
  const schema = nodeAt(contract.document, followRefs(contract.document, schemaPointer));
  const typed = schema?.type === "integer" || schema?.type === "number" ? Number(value) : value;
  expect(contract.validator.validate(schemaPointer, typed), `header ${name}: ${value}`).toEqual([]);
}

function documentedFor(contract: Contract, operationId: string, status: number): DocumentedResponse {
  const documented = documentedResponses(contract.document, operationId).find((r) => r.status === String(status));
  if (!documented) throw new Error(`${operationId} does not document ${status}`);
  return documented;
}
