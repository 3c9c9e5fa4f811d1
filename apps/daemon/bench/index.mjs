// pnpm bench: 10,000 leases over 10,000 devices against the sandbox on loopback.
// Reports the time until all sessions are AVAILABLE, the daemon's RSS, its CPU seconds per
// simulated hour of upkeep (extensions, polling, notifications), and lapses. The daemon runs in
// a child process; the sandbox and the lease clients run here. Results go to README.md.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { baseConfig, leaseAll, makeCert, markdownTable, mb, startBenchSandbox, writeReadmeSection } from "./common.mjs";

const LEASES = Number(process.env.QODD_BENCH_LEASES ?? 10_000);
const HOURS = Number(process.env.QODD_BENCH_HOURS ?? 2);
const CLIENTS = 64;
const STEP_SECONDS = 10;
const START = Date.parse("2026-03-01T00:00:00Z");
const here = fileURLToPath(new URL(".", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "qodd-bench-"));

makeCert(dir);

const { sandbox, sandboxUrl } = await startBenchSandbox(dir, LEASES, START);

const configFile = join(dir, "qodd.yaml");
const configText = stringify({
  ...baseConfig(sandboxUrl, dir),
  store: { dir: join(dir, "state") },
  reconcile: { concurrency: 32 },
  leases: { maxTtlSeconds: 86400 },
});
writeFileSync(configFile, configText, { mode: 0o600 });

const child = fork(join(here, "daemon-child.mjs"), [JSON.stringify({ configText, configFile, start: START })], {
  stdio: ["ignore", "inherit", "inherit", "ipc"],
  execArgv: ["--expose-gc", ...(process.env.QODD_BENCH_PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/qodd-prof"] : [])],
});
const replies = [];
const waiting = [];
child.on("message", (m) => (waiting.length ? waiting.shift()(m) : replies.push(m)));
const next = () => (replies.length ? Promise.resolve(replies.shift()) : new Promise((r) => waiting.push(r)));
const ask = async (msg) => {
  child.send(msg);
  return next();
};

await next(); // ready
const { api, rss: rssAtStart } = await ask({ type: "start" });
console.log("daemon RSS at start", mb(rssAtStart));

// Phase 1: 10,000 apps each lease a session for their own device. Virtual time follows the wall
// clock meanwhile, so each session turns AVAILABLE 1 s after its creation, as on a real network.
const t0 = performance.now();
let now = START;
const ticker = setInterval(() => {
  const target = START + Math.floor(performance.now() - t0);
  if (target <= now) return;
  sandbox.clock.advance((target - now) / 1000);
  now = target;
  child.send({ type: "tick", to: now });
}, 50);
const failed = await leaseAll({ apis: [api], count: LEASES, clients: CLIENTS });
const leasedMs = performance.now() - t0;
let status;
for (;;) {
  status = await ask({ type: "status" });
  if (status.counts.AVAILABLE >= LEASES - failed) break;
  if (process.env.QODD_BENCH_LOG) console.error(JSON.stringify(status.counts), failed, sandbox.state.sessionCount);
  await new Promise((r) => setTimeout(r, 50));
}
const availableMs = performance.now() - t0;
clearInterval(ticker);
await sandbox.notifications.idle();
await ask({ type: "advance", to: now });
const rssAfterLeases = status.rss;
const live = await ask({ type: "live" });
const cpuBefore = status.cpuSeconds;

// Phase 2: upkeep over simulated hours, in 10 s steps of virtual time.
let maxRss = rssAfterLeases;
let sampledLapses = 0;
const ids = sandbox.state.snapshot().sessions.map((s) => s.sessionId);
const u0 = performance.now();
for (let s = STEP_SECONDS; s <= HOURS * 3600; s += STEP_SECONDS) {
  now += STEP_SECONDS * 1000;
  sandbox.clock.advance(STEP_SECONDS);
  await sandbox.notifications.idle();
  const r = await ask({ type: "advance", to: now });
  maxRss = Math.max(maxRss, r.rss);
  if (s % 300 === 0) {
    for (const id of ids) if (sandbox.state.session(id)?.qosStatus !== "AVAILABLE") sampledLapses++;
  }
}
const upkeepWallMs = performance.now() - u0;
const end = await ask({ type: "status" });
const cpuPerHour = (end.cpuSeconds - cpuBefore) / HOURS;
const stillAvailable = ids.filter((id) => sandbox.state.session(id)?.qosStatus === "AVAILABLE").length;
const lapses = Math.max(end.lapses, sampledLapses, LEASES - failed - stillAvailable);

const stopped = await ask({ type: "stop" });
await sandbox.close();
rmSync(dir, { recursive: true, force: true });

const cpu = cpus();
const machine = `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${mb(totalmem())} RAM (${mb(freemem())} free), Node ${process.version}, ${process.platform}`;
const date = new Date().toISOString().slice(0, 10);
const rows = [
  ["measure", "result", "target"],
  ["leases created (201)", `${LEASES - failed} of ${LEASES}, over ${LEASES} devices`, "all"],
  [
    "time to all leases answered",
    `${(leasedMs / 1000).toFixed(1)} s (${((LEASES / leasedMs) * 1000).toFixed(0)} leases/s, ${CLIENTS} clients)`,
    "",
  ],
  ["time to all AVAILABLE", `${(availableMs / 1000).toFixed(1)} s`, ""],
  ["daemon RSS after leasing / max during upkeep", `${mb(rssAfterLeases)} / ${mb(maxRss)}`, "≤ 200 MB"],
  ["daemon live heap after leasing (after a full GC)", mb(live.heapUsed), ""],
  [
    "daemon CPU per simulated hour of upkeep",
    `${cpuPerHour.toFixed(1)} s (${end.extensions} extensions, polling at 5/s, ${HOURS} h simulated in ${(upkeepWallMs / 1000).toFixed(0)} s)`,
    "",
  ],
  ["lapses", String(lapses), "0"],
  ["sessions left after stop", String(stopped.result.remaining), "0"],
];
const table = markdownTable(
  `Measured ${date} on ${machine}. Sandbox and lease clients in one process, the daemon in another, on loopback.`,
  rows,
);
console.log(`\n${table}\n`);

writeReadmeSection("bench", table);
