// Child process (node --expose-gc): 100,000 live sessions in one sandbox, then the clock is
// advanced over all their activations and expiries, then over their removals. Prints JSON.
import { createSandbox, DEV_TOKEN } from "../src/index.js";

const SESSIONS = Number(process.argv[2] ?? 100_000);
const DEVICES = 1000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const memoryMb = () => {
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / 2 ** 20, heap: heapUsed / 2 ** 20 };
};

// Retention longer than the day, so the first advance covers activations and expiries only.
const RETENTION = 2 * 86_400;
const sandbox = createSandbox({ logger: false, retentionSeconds: RETENTION, clock: { start: "2026-11-21T10:00:00Z" } });
for (let d = 0; d < DEVICES; d++)
  sandbox.control.addDevice({ device: { phoneNumber: `+4915${String(d).padStart(8, "0")}` } });
const baseline = memoryMb();

const headers = { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" };
const createStart = performance.now();
for (let i = 0; i < SESSIONS; i++) {
  const body = {
    device: { phoneNumber: `+4915${String(i % DEVICES).padStart(8, "0")}` },
    applicationServer: { ipv4Address: "198.51.100.10" },
    devicePorts: { ports: [Math.floor(i / DEVICES)] },
    qosProfile: "QOS_L",
    // Spread expiries over the day, like real traffic.
    duration: 60 + ((i * 7919) % 86_000),
  };
  const response = await sandbox.fetch("http://sandbox/quality-on-demand/v1/sessions", {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create ${i}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}
const createSeconds = (performance.now() - createStart) / 1000;
const withSessions = memoryMb();

let start = performance.now();
sandbox.clock.advance(86_400);
const expirySeconds = (performance.now() - start) / 1000;
const ended = sandbox.state.snapshot().sessions.filter((s) => s.qosStatus === "UNAVAILABLE").length;

start = performance.now();
sandbox.clock.advance(RETENTION);
const removalSeconds = (performance.now() - start) / 1000;

console.log(
  JSON.stringify({
    sessions: SESSIONS,
    createSeconds,
    baselineRssMb: baseline.rss,
    rssMb: withSessions.rss,
    baselineHeapMb: baseline.heap,
    heapMb: withSessions.heap,
    expirySeconds,
    ended,
    removalSeconds,
    left: sandbox.state.sessionCount,
  }),
);
await sandbox.close();
