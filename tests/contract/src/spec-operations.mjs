// Reads what a contract document promises: its operations and each one's documented responses.
// Shared by the coverage gate and the tests, so both enumerate exactly the same pairs.
import { pointerSegment } from "@qod/openapi/validator";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Every operation under `paths` (callbacks are not walked: the provider sends those, the client
 * never calls them).
 * @param {import("@qod/openapi/validator").OpenApiDocument} document
 * @returns {import("./spec-operations.d.mts").SpecOperation[]}
 */
export function listOperations(document) {
  const operations = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const pointer = `/paths/${pointerSegment(path)}/${method}`;
      const operationId = typeof operation.operationId === "string" ? operation.operationId : `${method} ${path}`;
      operations.push({ operationId, method, path, pointer });
    }
  }
  return operations;
}

/**
 * The responses an operation documents, each with the JSON pointer of the response object after
 * `$ref`s are followed (so schema and header pointers can be built from it).
 * @param {import("@qod/openapi/validator").OpenApiDocument} document
 * @param {string} operationId
 * @returns {import("./spec-operations.d.mts").DocumentedResponse[]}
 */
export function documentedResponses(document, operationId) {
  const operation = listOperations(document).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`no operation "${operationId}" in ${document.info?.title ?? "the document"}`);
  const responses = nodeAt(document, operation.pointer).responses ?? {};
  return Object.keys(responses).map((status) => {
    const pointer = followRefs(document, `${operation.pointer}/responses/${pointerSegment(status)}`);
    return { status, pointer, response: nodeAt(document, pointer) };
  });
}

/**
 * Every (operationId, documented status) pair of the document's paths.
 * @param {import("@qod/openapi/validator").OpenApiDocument} document
 * @returns {import("./spec-operations.d.mts").OperationStatus[]}
 */
export function documentedPairs(document) {
  return listOperations(document).flatMap(({ operationId }) =>
    documentedResponses(document, operationId).map(({ status }) => ({ operationId, status })),
  );
}

/**
 * The pointer a node finally stands for: follows `$ref` chains from `pointer`.
 * @param {import("@qod/openapi/validator").OpenApiDocument} document
 * @param {string} pointer
 * @returns {string}
 */
export function followRefs(document, pointer) {
  let current = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const ref = nodeAt(document, current)?.$ref;
    if (typeof ref !== "string") return current;
    if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
    current = ref.slice(1);
  }
  throw new Error(`$ref cycle at ${pointer}`);
}

/**
 * The node at a JSON pointer, or undefined.
 * @param {import("@qod/openapi/validator").OpenApiDocument} document
 * @param {string} pointer
 * @returns {any}
 */
export function nodeAt(document, pointer) {
  if (pointer === "") return document;
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((node, key) => node?.[key], document);
}
