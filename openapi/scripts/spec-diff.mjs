#!/usr/bin/env node
// Breaking changes of openapi/*.yaml against a git ref (default: main).
// Usage: pnpm spec:diff [git-ref] [--json]. Exit 1 when any change is breaking.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { diffSpecFiles, formatReport } from "./spec-diff-lib.mjs";

const args = process.argv.slice(2);
const json = args.includes("--json");
const ref = args.find((a) => !a.startsWith("--")) ?? "main";
const specsDir = fileURLToPath(new URL("..", import.meta.url));

function git(...gitArgs) {
  return execFileSync("git", gitArgs, { cwd: specsDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

let baseFiles;
try {
  git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  baseFiles = git("ls-tree", "--name-only", ref, "--", ".")
    .split("\n")
    .map((path) => path.split("/").pop())
    .filter((name) => name?.endsWith(".yaml") && git("show", `${ref}:./${name}`).startsWith("openapi:"));
} catch {
  console.error(`spec:diff: '${ref}' is not a git commit, branch or tag. Usage: pnpm spec:diff [git-ref]`);
  process.exit(2);
}
const currentFiles = readdirSync(specsDir).filter(
  (name) => name.endsWith(".yaml") && readFileSync(`${specsDir}/${name}`, "utf8").startsWith("openapi:"),
);

const files = [...new Set([...baseFiles, ...currentFiles])].sort();
const reports = [];
for (const file of files) {
  const before = baseFiles.includes(file) ? git("show", `${ref}:./${file}`) : undefined;
  const after = currentFiles.includes(file) ? readFileSync(`${specsDir}/${file}`, "utf8") : undefined;
  reports.push(await diffSpecFiles(file, before, after));
}

if (json) console.log(JSON.stringify(reports, null, 2));
else console.log(formatReport(ref, reports));
process.exit(reports.some((r) => r.breaking.length > 0) ? 1 : 0);
