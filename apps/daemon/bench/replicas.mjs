// pnpm bench, part 2: three replicas on one PostgreSQL, 10,000 leases sent to any of them.
// Reports the time until all sessions are AVAILABLE, the failover time after kill -9 of the
// leader (until another leads, and until it has confirmed every session), RSS per replica, and
// the database queries per simulated hour of upkeep. Each replica is a child process whose
// reconciler clock the benchmark moves with the sandbox's; elections run on real time.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { startPostgres } from "../scripts/postgres.mjs";
import { baseConfig, leaseAll, makeCert, markdownTable, mb, startBenchSandbox, writeReadmeSection } from "./common.mjs";

const LEASES = Number(process.env.QODD_BENCH_LEASES ?? 10_000);
const HOURS = Number(process.env.QODD_BENCH_HOURS ?? 1);
const REPLICAS = 3;
const CLIENTS = 64;
const STEP_SECONDS = 10;
const START = Date.parse("2026-03-01T00:00:00Z");
const here = fileURLToPath(new URL(".", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "qodd-bench-replicas-"));
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
// QODD_BENCH_PROF=1: CPU profiles of the replicas, written when they stop after the leasing phase.
const PROF_DIR = process.env.QODD_BENCH_PROF ? "/tmp/qodd-prof" : undefined;

makeCert(dir);
const pg = await startPostgres();
const { sandbox, sandboxUrl } = await startBenchSandbox(dir, LEASES, START);

// One child per replica, spoken to over IPC like the single-daemon benchmark's.
function spawnReplica(n) {
  const configFile = join(dir, `r${n}.yaml`);
  const configText = stringify({
    ...baseConfig(sandboxUrl, dir),
    store: { postgres: { url: pg.url, schema: "bench" } },
    reconcile: { concurrency: 32 },
    leases: { maxTtlSeconds: 86400 },
  });
  writeFileSync(configFile, configText, { mode: 0o600 });
  const child = fork(join(here, "daemon-child.mjs"), [JSON.stringify({ configText, configFile, start: START })], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: ["--expose-gc", ...(process.env.QODD_BENCH_PROF ? ["--cpu-prof", `--cpu-prof-dir=${PROF_DIR}`] : [])],
  });
  const replies = [];
  const waiting = [];
  child.on("message", (m) => (waiting.length ? waiting.shift()(m) : replies.push(m)));
  const next = () => (replies.length ? Promise.resolve(replies.shift()) : new Promise((r) => waiting.push(r)));
  return {
    child,
    next,
    ask: (msg) => {
      child.send(msg);
      return next();
    },
  };
}

const log = (...a) => process.env.QODD_BENCH_LOG && console.error(...a);
const replicas = Array.from({ length: REPLICAS }, (_, n) => spawnReplica(n));
await Promise.all(replicas.map((r) => r.next()));
const apis = [];
for (const r of replicas) apis.push((await r.ask({ type: "start" })).api);
log("started", apis);
const running = (r) => !r.killed && r.child.exitCode === null;
const statusAll = () => Promise.all(replicas.map((r) => (running(r) ? r.ask({ type: "status" }) : null)));
async function leaderIndex(except = -1) {
  for (;;) {
    const statuses = await statusAll();
    const i = statuses.findIndex((s, j) => j !== except && s?.leader === true);
    if (i >= 0) return { i, status: statuses[i] };
    await pause(20);
  }
}

// Phase 1: leases spread over the replicas, as a load balancer would; followers forward them.
let now = START;
const t0 = performance.now();
const ticker = setInterval(() => {
  const target = START + Math.floor(performance.now() - t0);
  if (target <= now) return;
  sandbox.clock.advance((target - now) / 1000);
  now = target;
  for (const r of replicas) if (running(r)) r.child.send({ type: "tick", to: now });
}, 50);
let { i: leader } = await leaderIndex();
log("leader", leader);
const failed = await leaseAll({ apis, count: LEASES, clients: CLIENTS });
const leasedMs = performance.now() - t0;
log("leased", failed);
if (process.env.QODD_BENCH_LOG) {
  const statuses = await statusAll();
  const own = process.cpuUsage();
  log(
    `leased in ${(leasedMs / 1000).toFixed(1)} s; CPU seconds meanwhile: replicas`,
    statuses.map((s) => s?.cpuSeconds.toFixed(1)).join(" / "),
    "(leader",
    `${leader})`,
    "bench process",
    ((own.user + own.system) / 1e6).toFixed(1),
    "PostgreSQL",
    pg.cpuSeconds().toFixed(1),
    "queries",
    statuses.map((s) => s?.queries).join(" / "),
  );
}
if (PROF_DIR) {
  for (const r of replicas) await r.ask({ type: "stop" });
  log(`profiles in ${PROF_DIR}`);
  await sandbox.close();
  pg.destroy();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
for (;;) {
  const status = await replicas[leader].ask({ type: "status" });
  if (status.counts.AVAILABLE >= LEASES - failed) break;
  await pause(50);
}
const availableMs = performance.now() - t0;
log("available");
const rssAfterLeases = (await statusAll()).map((s) => s.rss);

// Phase 2: upkeep, in 10 s steps of virtual time; queries counted on every replica.
const advanceAll = async (to) => {
  sandbox.clock.advance((to - now) / 1000);
  now = to;
  return Promise.all(replicas.filter(running).map((r) => r.ask({ type: "advance", to })));
};
clearInterval(ticker);
await advanceAll(now);
log("advanced");
const queriesBefore = (await statusAll()).reduce((n, s) => n + (s?.queries ?? 0), 0);
const u0 = performance.now();
for (let s = STEP_SECONDS; s <= HOURS * 3600; s += STEP_SECONDS) {
  await advanceAll(now + STEP_SECONDS * 1000);
}
const upkeepWallSeconds = (performance.now() - u0) / 1000;
log("upkeep done");
const queriesAfter = (await statusAll()).reduce((n, s) => n + (s?.queries ?? 0), 0);
// Elections run on real time (one renewal or attempt per replica per second); the rest is upkeep.
const electionQueries = REPLICAS * upkeepWallSeconds;
const queriesPerHour = (queriesAfter - queriesBefore) / HOURS;

// Phase 3: kill -9 the leader; time until another leads, and until it confirmed every session.
const k0 = performance.now();
replicas[leader].killed = true;
replicas[leader].child.kill("SIGKILL");
const killed = leader;
({ i: leader } = await leaderIndex(killed));
const electedMs = performance.now() - k0;
log("elected", leader);
// Virtual time follows the wall clock again meanwhile (one request at a time per replica).
for (let last = performance.now(); ; ) {
  const s = await replicas[leader].ask({ type: "status" });
  if (s.recovered && s.counts.AVAILABLE >= LEASES - failed) break;
  await pause(50);
  const elapsed = Math.floor(performance.now() - last);
  last += elapsed;
  await advanceAll(now + elapsed);
}
const recoveredMs = performance.now() - k0;
const ids = sandbox.state.snapshot().sessions.map((s) => s.sessionId);
const available = ids.filter((id) => sandbox.state.session(id)?.qosStatus === "AVAILABLE").length;

for (const r of replicas) r.child.kill("SIGKILL");
await sandbox.close();
pg.destroy();
rmSync(dir, { recursive: true, force: true });

const cpu = cpus();
const rows = [
  ["measure", "result"],
  ["leases created (201), through any replica", `${LEASES - failed} of ${LEASES}`],
  [
    "time to all leases answered",
    `${(leasedMs / 1000).toFixed(1)} s (${((LEASES / leasedMs) * 1000).toFixed(0)} leases/s)`,
  ],
  ["time to all AVAILABLE", `${(availableMs / 1000).toFixed(1)} s`],
  [
    "RSS per replica after leasing (leader first)",
    [rssAfterLeases[killed], ...rssAfterLeases.filter((_, i) => i !== killed)].map(mb).join(" / "),
  ],
  [
    "database queries per simulated hour of upkeep",
    `${queriesPerHour.toFixed(0)} (${HOURS} h in ${upkeepWallSeconds.toFixed(0)} s; ~${electionQueries.toFixed(0)} of them elections, 1/s per replica)`,
  ],
  ["failover after kill -9: a new leader", `${(electedMs / 1000).toFixed(1)} s`],
  ["failover after kill -9: every session confirmed", `${(recoveredMs / 1000).toFixed(1)} s`],
  [
    "sessions AVAILABLE after failover",
    `${available} of ${ids.length}, ${ids.length === LEASES - failed ? "no duplicate" : "MISMATCH"}`,
  ],
];
const table = markdownTable(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}; PostgreSQL, the sandbox and the clients on the same machine.`,
  rows,
);
console.log(`\n${table}\n`);

writeReadmeSection("bench-replicas", table);
