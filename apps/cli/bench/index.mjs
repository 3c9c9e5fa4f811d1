// Start-up benchmark of the built binary: each command is spawned N times (after warm-up runs)
// and its wall time measured, next to `node -e 0` measured in the same run. Like hyperfine,
// in plain Node. `pnpm bench -- --write` also puts the table in README.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

const runs = Number(process.env.BENCH_RUNS ?? 30);
const warmup = 3;
const bin = new URL("../bin/qod.js", import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), "qod-bench-"));
const env = {
  ...process.env,
  XDG_CONFIG_HOME: join(home, "config"),
  XDG_STATE_HOME: join(home, "state"),
  NO_COLOR: "1",
  QOD_BASE_URL: "",
  QOD_TOKEN: "",
};

let session = 0;
// Each create uses another application server, so no two sessions' flows overlap (409).
const createArgs = () => {
  session += 1;
  const address = `233.252.${Math.floor(session / 250)}.${(session % 250) + 1}`;
  return [
    "sessions",
    "create",
    "--phone",
    "+36721601234567",
    "--service-ipv4",
    address,
    "--profile",
    "QOS_E",
    "--duration",
    "1h",
  ];
};

const cases = [
  { name: "node -e 0", args: () => ["-e", "0"], node: true },
  { name: "qod --version", args: () => [bin, "--version"], target: 2 },
  { name: "qod profiles list", args: () => [bin, "profiles", "list"] },
  { name: "qod sessions create … (embedded sandbox)", args: () => [bin, ...createArgs()], target: 4 },
];

function measure(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function quantile(sorted, q) {
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

const results = [];
try {
  for (const c of cases) {
    for (let i = 0; i < warmup; i++) measure(c.args());
    const times = [];
    for (let i = 0; i < runs; i++) times.push(measure(c.args()));
    times.sort((a, b) => a - b);
    results.push({ ...c, median: quantile(times, 0.5), p90: quantile(times, 0.9) });
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}

const base = results[0].median;
const cpu = cpus();
const machine = `${cpu[0]?.model.trim()} × ${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${process.platform} ${process.arch}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the end`;
const rows = results.map((r) => {
  const ratio = r.median / base;
  const target = r.target ? `≤ ${r.target}× ${ratio <= r.target ? "✓" : "✗"}` : "";
  return `| \`${r.name}\` | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${ratio.toFixed(2)}× | ${target} |`;
});
const table = [
  `Machine: ${machine}. ${runs} runs each after ${warmup} warm-up runs; wall time of the whole process.`,
  "",
  "| command | median ms | p90 ms | vs `node -e 0` | target |",
  "| --- | ---: | ---: | ---: | --- |",
  ...rows,
].join("\n");
console.log(table);

if (process.argv.includes("--write")) {
  const readme = new URL("../README.md", import.meta.url);
  const text = readFileSync(readme, "utf8");
  const updated = text.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
  );
  writeFileSync(readme, updated);
}
