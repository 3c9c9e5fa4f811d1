// Cold start: a fresh `node` process that imports the built package, creates a sandbox on a
// state file and answers one POST /sessions, next to `node -e 0` run alternately with it.
// This is what the CLI pays on every invocation. Run alone: `tsx bench/cold-start.ts`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const child = fileURLToPath(new URL("cold-start-child.mjs", import.meta.url));
const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));

export interface ColdStart {
  runs: number;
  /** Medians in ms: wall time of `node -e 0` and of the child, and the child's phases. */
  nodeMs: number;
  wallMs: number;
  importMs: number;
  createMs: number;
  requestMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed(args: string[]): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

export function measureColdStart(runs = Number(process.env.BENCH_COLD_RUNS ?? 21)): ColdStart {
  if (!existsSync(dist)) throw new Error("the cold-start row measures dist/: run `pnpm build` first");
  const dir = mkdtempSync(join(tmpdir(), "qod-sandbox-cold-"));
  const stateFile = join(dir, "state.json");
  const samples = {
    node: [] as number[],
    wall: [] as number[],
    import: [] as number[],
    create: [] as number[],
    request: [] as number[],
  };
  try {
    // The first run writes the seeded state file; like the CLI's later calls, measured runs load it.
    for (let i = 0; i < runs + 2; i++) {
      const node = timed(["-e", "0"]);
      const sandbox = timed([child, stateFile, String(i + 1)]);
      if (i < 2) continue;
      const phases = JSON.parse(sandbox.stdout) as { importMs: number; createMs: number; requestMs: number };
      samples.node.push(node.ms);
      samples.wall.push(sandbox.ms);
      samples.import.push(phases.importMs);
      samples.create.push(phases.createMs);
      samples.request.push(phases.requestMs);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    runs,
    nodeMs: median(samples.node),
    wallMs: median(samples.wall),
    importMs: median(samples.import),
    createMs: median(samples.create),
    requestMs: median(samples.request),
  };
}

export function coldStartTable(c: ColdStart): string {
  const ratio = (ms: number) => `${(ms / c.nodeMs).toFixed(2)}×`;
  return [
    `Cold start: fresh processes, alternately \`node -e 0\` and a process that imports the built package, creates a sandbox with a state file and answers one POST /sessions in-process; median of ${c.runs} runs each.`,
    "",
    "| process | wall (ms) | vs `node -e 0` | import (ms) | createSandbox (ms) | first POST /sessions (ms) |",
    "|---|--:|--:|--:|--:|--:|",
    `| \`node -e 0\` | ${c.nodeMs.toFixed(0)} | 1.00× | | | |`,
    `| import + create + POST | ${c.wallMs.toFixed(0)} | ${ratio(c.wallMs)} | ${c.importMs.toFixed(1)} | ${c.createMs.toFixed(1)} | ${c.requestMs.toFixed(1)} |`,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(coldStartTable(measureColdStart()));
