// The coverage gate: every (operationId, status) pair the contract documents must have been
// received by at least one contract test. A new endpoint or status without a test fails the run.
import { documentedPairs } from "./spec-operations.mjs";

/**
 * The documented pairs that no recorded response exercised, in document order.
 * @param {import("@qod/openapi/validator").OpenApiDocument[]} documents
 * @param {import("./spec-operations.d.mts").OperationStatus[]} record
 * @returns {import("./spec-operations.d.mts").OperationStatus[]}
 */
export function missingPairs(documents, record) {
  const exercised = new Set();
  for (const document of documents) {
    const keysByOperation = new Map();
    for (const { operationId, status } of documentedPairs(document)) {
      keysByOperation.set(operationId, [...(keysByOperation.get(operationId) ?? []), status]);
    }
    for (const { operationId, status } of record) {
      const key = responseKeyFor(String(status), keysByOperation.get(operationId) ?? []);
      if (key) exercised.add(pairKey(operationId, key));
    }
  }
  return documents
    .flatMap((document) => documentedPairs(document))
    .filter(({ operationId, status }) => !exercised.has(pairKey(operationId, status)));
}

/**
 * The responses key a status falls under, as OpenAPI picks it: the exact code, else its range
 * (`4XX`), else `default`.
 * @param {string} status
 * @param {string[]} keys
 * @returns {string | undefined}
 */
export function responseKeyFor(status, keys) {
  if (keys.includes(status)) return status;
  const range = `${status.charAt(0)}XX`;
  const rangeKey = keys.find((key) => key.toUpperCase() === range);
  if (rangeKey) return rangeKey;
  return keys.includes("default") ? "default" : undefined;
}

/**
 * One line per missing pair, e.g. `not exercised: getSession 404`.
 * @param {import("./spec-operations.d.mts").OperationStatus[]} missing
 * @returns {string}
 */
export function formatMissing(missing) {
  return missing.map(({ operationId, status }) => `not exercised: ${operationId} ${status}`).join("\n");
}

/**
 * The gate's verdict over a run's record.
 * @param {import("@qod/openapi/validator").OpenApiDocument[]} documents
 * @param {import("./spec-operations.d.mts").OperationStatus[]} record
 * @returns {import("./coverage-gate.d.mts").CoverageVerdict}
 */
export function checkCoverage(documents, record) {
  const missing = missingPairs(documents, record);
  const total = documents.reduce((sum, document) => sum + documentedPairs(document).length, 0);
  const summary = `contract coverage: ${total - missing.length}/${total} documented (operation, status) pairs exercised`;
  return {
    ok: missing.length === 0,
    missing,
    message: missing.length === 0 ? summary : `${summary}\n${formatMissing(missing)}`,
  };
}

/** @param {string} operationId @param {string} status */
function pairKey(operationId, status) {
  return `${operationId} ${status}`;
}
