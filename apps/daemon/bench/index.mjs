// pnpm bench: 10,000 leases over 10,000 devices against the sandbox on loopback.
// Reports the time until all sessions are AVAILABLE, the daemon's RSS, its CPU seconds per
// simulated hour of upkeep (extensions, polling, notifications), and lapses. The daemon runs in
// a child process; the sandbox and the lease clients run here. Results go to README.md.
import { execFileSync, fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSandbox, DEV_TOKEN } from "@qod/sandbox";
import { stringify } from "yaml";

const LEASES = Number(process.env.QODD_BENCH_LEASES ?? 10_000);
const HOURS = Number(process.env.QODD_BENCH_HOURS ?? 2);
const CLIENTS = 64;
const STEP_SECONDS = 10;
const START = Date.parse("2026-03-01T00:00:00Z");
const API_TOKEN = "bench-api-token-0123456789";
const here = fileURLToPath(new URL(".", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "qodd-bench-"));

const phone = (i) => `+3670${String(1_000_000 + i)}`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

execFileSync(
  "openssl",
  [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    join(dir, "key.pem"),
    "-out",
    join(dir, "cert.pem"),
    "-days",
    "2",
    "-subj",
    "/CN=127.0.0.1",
    "-addext",
    "subjectAltName=IP:127.0.0.1",
  ],
  { stdio: "ignore" },
);

const sandbox = createSandbox({
  logger: false,
  clock: { start: START },
  notifications: { ca: readFileSync(join(dir, "cert.pem"), "utf8") },
});
for (let i = 0; i < LEASES; i++) sandbox.control.addDevice({ device: { phoneNumber: phone(i) } });
const sandboxUrl = await sandbox.listen(0, "127.0.0.1");

const configFile = join(dir, "qodd.yaml");
const configText = stringify({
  upstream: {
    baseUrl: `${sandboxUrl}/quality-on-demand/v1`,
    profilesBaseUrl: `${sandboxUrl}/qos-profiles/v1`,
    token: { value: DEV_TOKEN },
  },
  listen: { host: "127.0.0.1", port: 0 },
  api: { token: { value: API_TOKEN } },
  notifications: {
    listen: { host: "127.0.0.1", port: 0 },
    tls: { cert: join(dir, "cert.pem"), key: join(dir, "key.pem") },
  },
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
let issued = 0;
let failed = 0;
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (issued < LEASES) {
      const i = issued++;
      const res = await fetch(`${api}/v1/leases`, {
        method: "POST",
        headers: { authorization: `Bearer ${API_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({
          device: { phoneNumber: phone(i) },
          profile: "QOS_L",
          serviceIpv4: "198.51.100.200",
          // A day: renewals are app traffic, not upkeep, and are left out of this measure.
          ttlSeconds: 86400,
          holder: `app-${i}`,
        }),
      });
      await res.text();
      if (res.status !== 201) failed++;
    }
  }),
);
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
// Padded as the repository's formatter writes Markdown tables.
const widths = rows[0].map((_, c) => Math.max(3, ...rows.map((r) => r[c].length)));
const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
const table = [
  `Measured ${date} on ${machine}. Sandbox and lease clients in one process, the daemon in another, on loopback.`,
  "",
  line(rows[0]),
  line(widths.map((w) => "-".repeat(w))),
  ...rows.slice(1).map(line),
].join("\n");

console.log(`\n${table}\n`);

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
try {
  const text = readFileSync(readme, "utf8");
  const updated = text.replace(/(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/, `$1${table}$2`);
  if (updated !== text) writeFileSync(readme, updated);
} catch {
  // No README yet: the table above is the result.
}
