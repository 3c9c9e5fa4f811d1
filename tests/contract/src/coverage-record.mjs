// The run-scoped record of which (operationId, status) pairs the contract tests received.
// Vitest runs test files in separate workers, so each client appends to its own file in one
// directory that the global setup creates and reads back after the run.

import { randomUUID } from "node:crypto";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SUFFIX = ".jsonl";

/** Creates an empty record directory for one run. @returns {string} */
export function createRecordDir() {
  return mkdtempSync(join(tmpdir(), "qod-contract-record-"));
}

/** Deletes a record directory. @param {string} dir */
export function removeRecordDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Appends pairs to a file of its own in `dir`; one writer per file, so workers never interleave.
 * @param {string} dir
 * @returns {(pair: import("./spec-operations.d.mts").SpecOperationStatus) => void}
 */
export function createRecordWriter(dir) {
  const file = join(dir, `${process.pid}-${randomUUID()}${SUFFIX}`);
  return (pair) => appendFileSync(file, `${JSON.stringify(pair)}\n`);
}

/**
 * An openapi-fetch middleware that records the spec, operation and status of every response.
 * The operation is found from the request's method and the path template the client called.
 * @param {import("./coverage-record.d.mts").RecordingMiddlewareOptions} options
 * @returns {import("@qod/api-client").Middleware}
 */
export function recordingMiddleware({ dir, spec, document }) {
  const write = createRecordWriter(dir);
  return {
    onResponse({ request, response, schemaPath }) {
      const method = request.method.toLowerCase();
      const operationId = document.paths?.[schemaPath]?.[method]?.operationId ?? `${method} ${schemaPath}`;
      write({ spec, operationId, status: String(response.status) });
    },
  };
}

/**
 * Every pair recorded in `dir`, in no particular order.
 * @param {string} dir
 * @returns {import("./spec-operations.d.mts").SpecOperationStatus[]}
 */
export function readRecord(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(SUFFIX))
    .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}
