// Vitest global setup: one Prism per spec for the whole run, their URLs provided to every test
// file, and the coverage gate checked once all files have finished.
import { loadSpec } from "@qod/openapi/validator";
import { checkCoverage } from "./coverage-gate.mjs";
import { createRecordDir, readRecord, removeRecordDir } from "./coverage-record.mjs";
import { startPrism } from "./prism.mjs";

/**
 * @param {import("vitest/node").TestProject} project
 * @returns {Promise<() => Promise<void>>}
 */
export default async function setup(project) {
  const started = await Promise.allSettled([startPrism({ spec: "qod" }), startPrism({ spec: "profiles" })]);
  const mocks = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await Promise.all(mocks.map((mock) => mock.stop()));
    throw failure.reason;
  }
  const [qod, profiles] = mocks;
  const recordDir = createRecordDir();
  project.provide("qodMockUrl", qod.url);
  project.provide("profilesMockUrl", profiles.url);
  project.provide("contractRecordDir", recordDir);

  return async () => {
    await Promise.all([qod.stop(), profiles.stop()]);
    try {
      enforceCoverage(project, readRecord(recordDir));
    } catch (error) {
      // A gate that cannot decide must not let the run pass (vitest would only log the error).
      process.exitCode = 1;
      throw error;
    } finally {
      removeRecordDir(recordDir);
    }
  };
}

/**
 * Fails the run (exit code 1) when a documented pair went unexercised. Vitest only logs errors
 * thrown by a global teardown, so the gate sets the exit code itself.
 * @param {import("vitest/node").TestProject} project
 * @param {import("./spec-operations.d.mts").OperationStatus[]} record
 */
function enforceCoverage(project, record) {
  const partial = partialRunReason(project);
  if (partial) {
    console.log(`contract coverage gate skipped: ${partial}`);
    return;
  }
  const verdict = checkCoverage([loadSpec("qod"), loadSpec("profiles")], record);
  if (verdict.ok) {
    console.log(verdict.message);
    return;
  }
  console.error(`\nCONTRACT COVERAGE GATE FAILED\n${verdict.message}\n`);
  process.exitCode = 1;
}

/**
 * Why this run cannot be judged as a whole (file or name filters select only some tests), or
 * undefined for a full run.
 * @param {import("vitest/node").TestProject} project
 * @returns {string | undefined}
 */
function partialRunReason(project) {
  /** @type {{ filenamePattern?: string[] }} */
  const vitest = /** @type {any} */ (project.vitest);
  if (vitest.filenamePattern?.length) return `only files matching ${vitest.filenamePattern.join(", ")} ran`;
  if (project.config.testNamePattern) return `only tests matching ${project.config.testNamePattern} ran`;
  return undefined;
}
