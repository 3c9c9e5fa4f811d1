// The coverage gate: every (operationId, status) pair of every spec version the contract
// documents must have been received by at least one contract test. A new version, endpoint or
// status without a test fails the run.
import { documentedPairs } from "./spec-operations.mjs";

/**
 * The documented pairs that no recorded response of the same spec exercised, in document order.
 * @param {import("./coverage-gate.d.mts").NamedSpec[]} specs
 * @param {import("./spec-operations.d.mts").SpecOperationStatus[]} record
 * @returns {import("./spec-operations.d.mts").SpecOperationStatus[]}
 */
export function missingPairs(specs, record) {
  return specs.flatMap(({ name, document }) => {
    const documented = documentedPairs(document);
    const keysByOperation = new Map();
    for (const { operationId, status } of documented) {
      keysByOperation.set(operationId, [...(keysByOperation.get(operationId) ?? []), status]);
    }
    const exercised = new Set();
    for (const { spec, operationId, status } of record) {
      if (spec !== name) continue;
      const key = responseKeyFor(String(status), keysByOperation.get(operationId) ?? []);
      if (key) exercised.add(pairKey(operationId, key));
    }
    return documented
      .filter(({ operationId, status }) => !exercised.has(pairKey(operationId, status)))
      .map((pair) => ({ spec: name, ...pair }));
  });
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
 * One line per missing pair, e.g. `not exercised: qod@1.2.0-rc.3 getSession 404`.
 * @param {import("./spec-operations.d.mts").SpecOperationStatus[]} missing
 * @returns {string}
 */
export function formatMissing(missing) {
  return missing.map(({ spec, operationId, status }) => `not exercised: ${spec} ${operationId} ${status}`).join("\n");
}

/**
 * The gate's verdict over a run's record.
 * @param {import("./coverage-gate.d.mts").NamedSpec[]} specs
 * @param {import("./spec-operations.d.mts").SpecOperationStatus[]} record
 * @returns {import("./coverage-gate.d.mts").CoverageVerdict}
 */
export function checkCoverage(specs, record) {
  const missing = missingPairs(specs, record);
  const total = specs.reduce((sum, { document }) => sum + documentedPairs(document).length, 0);
  const summary = `contract coverage: ${total - missing.length}/${total} documented (operation, status) pairs exercised in ${specs.length} spec versions`;
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
