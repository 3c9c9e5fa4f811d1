// pnpm bench: SDK vs bare fetch on sequential create → get → extend → delete cycles against a
// local node:http server on 127.0.0.1, in the same run; then the SDK's bundle size. Prints
// Markdown tables for the README.
import { fork } from "node:child_process";
import { cpus, loadavg } from "node:os";
import type * as Sdk from "../src/index.js";
import { measureBundle } from "./bundle-size.js";
import { bareCycle, sdkCycle, TOKEN } from "./cycles.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 2000);
const dist = new URL("../dist/index.js", import.meta.url);

// The built package, as users get it (`pnpm bench` builds it first).
const sdk = (await import(dist.href)) as typeof Sdk;

async function startServer(): Promise<{ port: number; stop(): void }> {
  const child = fork(new URL("./server.mjs", import.meta.url), { stdio: "inherit" });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m: { port: number }) => resolve(m.port));
    child.once("error", reject);
  });
  return { port, stop: () => child.disconnect() };
}

interface Sample {
  /** Cycles per second, wall clock. */
  rate: number;
  /** Client CPU (user + system) per cycle, in microseconds. */
  cpu: number;
}

async function measure(cycle: () => Promise<void>, ms: number): Promise<Sample> {
  let count = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms) {
    await cycle();
    count++;
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { rate: count / seconds, cpu: (used.user + used.system) / count };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const server = await startServer();
try {
  const baseUrl = `http://127.0.0.1:${server.port}/quality-on-demand/v1`;
  const client = new sdk.QodClient({ token: TOKEN, baseUrl, maxRetries: 0 });
  const arms: [string, () => Promise<void>][] = [
    ["@qod/sdk", sdkCycle(client, "+36721601234567")],
    ["bare fetch", bareCycle(baseUrl, "+36721601234568")],
    ["bare fetch + per-request timeout signal", bareCycle(baseUrl, "+36721601234569", 30_000)],
  ];
  // Warm up (JIT, keep-alive connections), then alternate rounds so drift hits every arm alike.
  for (const [, cycle] of arms) await measure(cycle, 1000);
  const samples = new Map<string, Sample[]>(arms.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, cycle] of arms) samples.get(name)?.push(await measure(cycle, ROUND_MS));
  }
  const rows = arms.map(([name]) => {
    const s = samples.get(name) ?? [];
    return { name, rate: median(s.map((x) => x.rate)), cpu: median(s.map((x) => x.cpu)) };
  });
  const [sdkRow, bareRow] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const cpu = cpus();
  console.log(
    `- Machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores, Node ${process.version}, ${process.platform}/${process.arch}`,
  );
  console.log(
    `- Run: ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s per arm, medians; server: node:http on 127.0.0.1 in a child process; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}.\n`,
  );
  console.log("| create → get → extend → delete | cycles/s | requests/s | client CPU per cycle | rate vs bare fetch |");
  console.log("|---|---:|---:|---:|---:|");
  for (const row of rows) {
    const ratio = ((row.rate / bareRow.rate) * 100).toFixed(1);
    console.log(
      `| ${row.name} | ${row.rate.toFixed(0)} | ${(row.rate * 4).toFixed(0)} | ${row.cpu.toFixed(0)} µs | ${ratio}% |`,
    );
  }
  const ratio = sdkRow.rate / bareRow.rate;
  console.log(
    `\nSDK / bare fetch: ${(ratio * 100).toFixed(1)}% of the rate (target ≥ 90%: ${ratio >= 0.9 ? "met" : "NOT met"}).`,
  );

  const size = await measureBundle(dist.pathname);
  console.log("\n| bundle (esbuild, minified ESM, every export kept) | bytes |");
  console.log("|---|---:|");
  console.log(`| minified | ${size.minified} |`);
  const kb = (size.gzipped / 1024).toFixed(1);
  console.log(
    `| minified + gzip -9 | ${size.gzipped} (${kb} KB; target ≤ 25 KB: ${size.gzipped <= 25 * 1024 ? "met" : "NOT met"}) |`,
  );
  for (const [name, bytes] of Object.entries(size.byPackage).sort((a, b) => b[1] - a[1])) {
    console.log(`| of which ${name}, minified | ${bytes} |`);
  }
} finally {
  server.stop();
}
