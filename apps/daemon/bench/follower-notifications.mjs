// pnpm bench, part 3: provider notifications on replicas. Two in-process replicas on a PostgreSQL
// started for the run, one session; the same status notification is sent N times (new event ids)
// straight to the leader and, side by side, to the follower, which stores it in the inbox for the
// leader. Reports the time until the provider gets its 204 and, for the follower, until the leader
// has applied the event (seen in its log), then the same for a burst from concurrent senders.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox } from "@qod/sandbox";
import { stringify } from "yaml";
import { createLogger, Daemon, parseConfig } from "../dist/index.js";
import { PgStore } from "../dist/store/pg-store.js";
import { startPostgres } from "../scripts/postgres.mjs";
import { baseConfig, makeCert, markdownTable, phone, writeReadmeSection } from "./common.mjs";

const SENDS = Number(process.env.QODD_BENCH_NOTIFICATIONS ?? 300);
const BURST = SENDS * 4;
const SENDERS = 16;
const dir = mkdtempSync(join(tmpdir(), "qodd-bench-notifications-"));
makeCert(dir);
const ca = readFileSync(join(dir, "cert.pem"), "utf8");
const pg = await startPostgres();
const sandbox = createSandbox({ logger: false, clock: { realtime: true }, notifications: { ca } });
sandbox.control.addDevice({ device: { phoneNumber: phone(0) } });
const sandboxUrl = await sandbox.listen(0, "127.0.0.1");

// Every "notification" log line of the leader applying an inbox row, as it is written.
const applied = [];
let onApplied = () => undefined;
const configText = stringify({
  ...baseConfig(sandboxUrl, dir),
  store: { postgres: { url: pg.url, schema: "bench_notifications" } },
  polling: { intervalSeconds: 3600 },
  sessions: [
    {
      name: "cam",
      device: { phoneNumber: phone(0) },
      profile: "QOS_L",
      serviceIpv4: "198.51.100.201",
      keepAlive: true,
    },
  ],
});
const replicas = [];
for (let i = 0; i < 2; i++) {
  const logger = createLogger({
    level: "info",
    destination: {
      write(line) {
        if (!line.includes('"via":"inbox"')) return;
        applied.push(performance.now());
        onApplied();
      },
    },
  });
  const daemon = new Daemon({
    config: parseConfig(configText, join(dir, "qodd.yaml"), 0o600),
    logger,
    processMetrics: false,
  });
  await daemon.start();
  replicas.push(daemon);
}
const until = async (condition) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};
await until(() => replicas.some((d) => d.readiness().checks.leader));
await until(() => sandbox.state.snapshot().sessions.some((s) => s.qosStatus === "AVAILABLE"));
const leader = replicas.find((d) => d.readiness().checks.leader);
const follower = replicas.find((d) => d !== leader);
const session = sandbox.state.snapshot().sessions[0];
const path = new URL(session.sink).pathname;
const db = await PgStore.open({ url: pg.url, schema: "bench_notifications" });
const token = await db.secret("sink-token");

let ids = 0;
function send(to) {
  const body = JSON.stringify({
    id: `bench-${ids++}`,
    source: "https://provider.example/qod",
    specversion: "1.0",
    type: "org.camaraproject.quality-on-demand.v1.qos-status-changed",
    data: { sessionId: session.sessionId, qosStatus: "AVAILABLE" },
  });
  return new Promise((resolve, reject) => {
    const req = request(
      `${to.notificationsUrl}${path}`,
      { method: "POST", ca, headers: { "content-type": "application/json", authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 204 ? resolve() : reject(new Error(`answered ${res.statusCode}`))));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const ms = (values, p) =>
  `${[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))].toFixed(1)} ms`;
const spread = (values) => `${ms(values, 0.5)} / ${ms(values, 0.95)} / ${ms(values, 0.99)}`;

// One at a time: each send waits for its 204 (and, on the follower, for the leader to apply it).
const direct = [];
for (let i = 0; i < SENDS; i++) {
  const t0 = performance.now();
  await send(leader);
  direct.push(performance.now() - t0);
}
const handed = [];
const toApplied = [];
for (let i = 0; i < SENDS; i++) {
  const seen = applied.length;
  const done = new Promise((resolve) => {
    onApplied = () => applied.length > seen && resolve();
  });
  const t0 = performance.now();
  await send(follower);
  handed.push(performance.now() - t0);
  await done;
  toApplied.push((applied[seen] ?? 0) - t0);
}

// A burst from concurrent senders to the follower: time until every event is answered and applied.
const before = applied.length;
const b0 = performance.now();
let issued = 0;
await Promise.all(
  Array.from({ length: SENDERS }, async () => {
    while (issued++ < BURST) await send(follower);
  }),
);
const burstAnswered = performance.now() - b0;
await new Promise((resolve) => {
  onApplied = () => applied.length - before >= BURST && resolve();
  onApplied();
});
const burstApplied = performance.now() - b0;

await Promise.all(replicas.map((d) => d.stop()));
await db.close();
await sandbox.close();
pg.destroy();
rmSync(dir, { recursive: true, force: true });

const cpu = cpus();
const rows = [
  ["measure (median / p95 / p99)", "result"],
  [`204 from the leader (applied on answer), ${SENDS} one at a time`, spread(direct)],
  [`204 from a follower (stored in the inbox), ${SENDS} one at a time`, spread(handed)],
  ["sent to a follower until the leader applied it", spread(toApplied)],
  [
    `burst of ${BURST} to a follower, ${SENDERS} senders: all answered / all applied`,
    `${(burstAnswered / 1000).toFixed(2)} s / ${(burstApplied / 1000).toFixed(2)} s (${((BURST / burstApplied) * 1000).toFixed(0)}/s)`,
  ],
];
const table = markdownTable(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}; PostgreSQL, the sandbox, both replicas and the sender on the same machine.`,
  rows,
);
console.log(`\n${table}\n`);
writeReadmeSection("bench-notifications", table);
