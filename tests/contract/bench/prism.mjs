// What the contract suite's fixed costs are: Prism start and stop, its memory, and request
// throughput through the typed client (with the suite's middleware) against plain fetch.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { createQodClient } from "@qod/api-client";
import { loadSpec } from "@qod/openapi/validator";
import { createRecordDir, recordingMiddleware, removeRecordDir } from "../src/coverage-record.mjs";
import { startPrism } from "../src/prism.mjs";

const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = 8;
const ROUNDS = 3;
const SESSION_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted.at(-1) ?? Number.NaN };
}

/** Resident memory of a process in MiB, from /proc (Linux only). @param {number} pid */
function rssMiB(pid) {
  try {
    const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Math.round(kib / 1024);
  } catch {
    return Number.NaN;
  }
}

/** Runs `call` REQUESTS times with CONCURRENCY in flight; returns requests per second. */
async function throughput(/** @type {() => Promise<unknown>} */ call) {
  let next = 0;
  const worker = async () => {
    while (next++ < REQUESTS) await call();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return Math.round(REQUESTS / ((performance.now() - started) / 1000));
}

async function main() {
  const starts = [];
  const stops = [];
  const rss = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    const mock = await startPrism({ spec: i % 2 === 0 ? "qod" : "profiles" });
    starts.push(performance.now() - t0);
    rss.push(rssMiB(mock.pid));
    const t1 = performance.now();
    await mock.stop();
    stops.push(performance.now() - t1);
  }

  const mock = await startPrism({ spec: "qod" });
  const dir = createRecordDir();
  try {
    const headers = { Authorization: "Bearer bench-token", "x-correlator": "bench" };
    const url = `${mock.url}/sessions/${SESSION_ID}`;
    const plainCall = async () => (await fetch(url, { headers })).arrayBuffer();
    const client = createQodClient({
      baseUrl: mock.url,
      middleware: [
        {
          onRequest({ request }) {
            request.headers.set("Authorization", "Bearer bench-token");
            request.headers.set("x-correlator", `bench-${randomUUID()}`);
            return request;
          },
        },
        recordingMiddleware({ dir, document: loadSpec("qod") }),
      ],
    });
    const typedCall = () => client.GET("/sessions/{sessionId}", { params: { path: { sessionId: SESSION_ID } } });
    // Warm Prism and both call paths up, then interleave rounds so drift in load hits both alike.
    await throughput(plainCall);
    await throughput(typedCall);
    const plainRounds = [];
    const typedRounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      plainRounds.push(await throughput(plainCall));
      typedRounds.push(await throughput(typedCall));
    }
    const plain = stats(plainRounds).median;
    const typed = stats(typedRounds).median;

    const cpu = cpus();
    console.log(
      `machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM,`,
    );
    console.log(`         Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} when the run ended`);
    console.log("");
    const f = (/** @type {number} */ n) => `${Math.round(n)}`.padStart(6);
    const s = { start: stats(starts), stop: stats(stops), rss: stats(rss) };
    console.log(`${`| measure (${STARTS} runs)`.padEnd(35)}|    min | median |    max |`);
    console.log(`|${"-".repeat(34)}|-------:|-------:|-------:|`);
    console.log(`| startPrism until ready (ms)      | ${f(s.start.min)} | ${f(s.start.median)} | ${f(s.start.max)} |`);
    console.log(`| stop() until exited (ms)         | ${f(s.stop.min)} | ${f(s.stop.median)} | ${f(s.stop.max)} |`);
    console.log(`| Prism RSS once ready (MiB)       | ${f(s.rss.min)} | ${f(s.rss.median)} | ${f(s.rss.max)} |`);
    console.log("");
    const row = (/** @type {string} */ label, /** @type {number} */ value) =>
      console.log(`| ${label.padEnd(53)}| ${`${value}`.padStart(5)} |`);
    console.log(
      `| ${`GET /sessions/{id} ×${REQUESTS}, ${CONCURRENCY} in flight, median of ${ROUNDS}`.padEnd(53)}| req/s |`,
    );
    console.log(`|${"-".repeat(54)}|------:|`);
    row("plain fetch", plain);
    row("typed client + auth, correlator, recorder middleware", typed);
  } finally {
    removeRecordDir(dir);
    await mock.stop();
  }
}

await main();
