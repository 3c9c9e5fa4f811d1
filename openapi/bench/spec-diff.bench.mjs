// Time per diff: our own specs (unchanged and with a one-line change, and the whole folder
// against a git ref as `pnpm spec:diff` does it) and a large generated pair.
// Run: pnpm bench (in openapi/). Prints a markdown table and the machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { stringify } from "yaml";
import { reviewFiles, reviewFolder } from "../scripts/review/review.mjs";
import { gitSource, tryGit, workTreeSource } from "../scripts/review/sources.mjs";
import { changedCopy, largeSpec } from "./large-spec.mjs";

const specsDir = resolve(import.meta.dirname, "..");
const repoRoot = tryGit(specsDir, "rev-parse", "--show-toplevel");
const tmp = mkdtempSync(join(tmpdir(), "spec-diff-bench-"));
const write = (name, text) => {
  writeFileSync(join(tmp, name), text);
  return join(tmp, name);
};

function time(runs, fn) {
  const ms = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], max: ms[ms.length - 1], result };
}

const qod = join(specsDir, "quality-on-demand.yaml");
const qodText = readFileSync(qod, "utf8");
const oneLine = write("qod-one-line.yaml", qodText.replace("minimum: 0", "minimum: 1"));
const large = largeSpec(400, 120);
const largeBase = write("large-base.yaml", stringify(large));
const largeHead = write("large-head.yaml", stringify(changedCopy(large)));
const files = (base, head) => () => reviewFiles(workTreeSource("base"), base, workTreeSource("head"), head);

const rows = [
  ["quality-on-demand.yaml, unchanged", 10, files(qod, qod)],
  ["quality-on-demand.yaml, one-line change (Port minimum)", 10, files(qod, oneLine)],
  [
    "openapi/ at HEAD (git) vs work tree, every spec",
    5,
    () => reviewFolder(gitSource(repoRoot, "HEAD"), workTreeSource(), specsDir),
  ],
  [
    `large pair: 800 operations, 120 schemas (${Math.round(readFileSync(largeBase).length / 1024)} KB)`,
    3,
    files(largeBase, largeHead),
  ],
];

console.log("| diff | runs | median ms | max ms | changes |");
console.log("| --- | --- | --- | --- | --- |");
for (const [name, runs, fn] of rows) {
  const { median, max, result } = time(runs, fn);
  console.log(`| ${name} | ${runs} | ${median.toFixed(0)} | ${max.toFixed(0)} | ${result.changes.length} |`);
}
const cli = time(3, () =>
  spawnSync(process.execPath, [join(specsDir, "scripts/spec-diff.mjs"), "HEAD"], { encoding: "utf8" }),
);
console.log(
  `| \`pnpm spec:diff HEAD\` end to end (new process) | 3 | ${cli.median.toFixed(0)} | ${cli.max.toFixed(0)} | — |`,
);
console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
);
