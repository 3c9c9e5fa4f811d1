#!/usr/bin/env node
// Lints every spec under openapi/ (found as spec:diff finds them) with Spectral and Redocly.
import { spawnSync } from "node:child_process";
import { relative, resolve } from "node:path";
import { discoverSpecs } from "./review/review.mjs";
import { workTreeSource } from "./review/sources.mjs";

const specsDir = resolve(import.meta.dirname, "..");
const files = discoverSpecs(workTreeSource(), specsDir).map((spec) => relative(specsDir, spec.file));
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: specsDir, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const spectral = run("spectral", ["lint", "--fail-severity=warn", "--ruleset", ".spectral.yaml", ...files]);
const redocly = run("redocly", ["lint", ...files], {
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
});
process.exit(spectral || redocly);
