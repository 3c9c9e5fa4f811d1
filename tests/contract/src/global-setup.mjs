// Vitest global setup: one Prism per spec version for the whole run, their URLs provided to
// every test file, and the coverage gate checked once all files have finished.
import { loadSpec, specVersions } from "@qod/openapi/validator";
import { checkCoverage } from "./coverage-gate.mjs";
import { createRecordDir, readRecord, removeRecordDir } from "./coverage-record.mjs";
import { startPrism } from "./prism.mjs";

/**
 * @param {import("vitest/node").TestProject} project
 * @returns {Promise<() => Promise<void>>}
 */
export default async function setup(project) {
  const started = await Promise.allSettled(specVersions.map(({ name }) => startPrism({ spec: name })));
  const mocks = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await Promise.all(mocks.map((mock) => mock.stop()));
    throw failure.reason;
  }
  const mockUrls = Object.fromEntries(specVersions.map(({ name }, index) => [name, mocks[index]?.url ?? ""]));
  const recordDir = createRecordDir();
  project.provide("mockUrls", /** @type {any} */ (mockUrls));
  project.provide("qodMockUrl", mockUrls.qod);
  project.provide("profilesMockUrl", mockUrls.profiles);
  project.provide("contractRecordDir", recordDir);

  return async () => {
    await Promise.all(mocks.map((mock) => mock.stop()));
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
 * @param {import("./spec-operations.d.mts").SpecOperationStatus[]} record
 */
function enforceCoverage(project, record) {
  const partial = partialRunReason(project);
  if (partial) {
    console.log(`contract coverage gate skipped: ${partial}`);
    return;
  }
  const specs = specVersions.map(({ name }) => ({ name, document: loadSpec(name) }));
  const verdict = checkCoverage(specs, record);
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
