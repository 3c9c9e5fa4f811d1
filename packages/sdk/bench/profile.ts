// One arm of the benchmark alone, with a CPU profile of the measured loop only:
//   pnpm build && tsx bench/profile.ts sdk 10 /tmp/sdk.cpuprofile
// Arms: sdk, bare, bare-timeout. Prints the client CPU per cycle; open the profile in Chrome
// DevTools or read it with any .cpuprofile tool. Each arm runs in its own process here, so its
// JIT state is its own (in `pnpm bench` the arms share one process).
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import type * as Sdk from "../src/index.js";
import { bareCycle, sdkCycle, TOKEN } from "./cycles.js";

const [arm = "sdk", seconds = "10", out] = process.argv.slice(2);
const sdk = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof Sdk;

const child = fork(new URL("./server.mjs", import.meta.url), { stdio: "inherit", execArgv: [] });
const port = await new Promise<number>((resolve) => child.once("message", (m: { port: number }) => resolve(m.port)));
const inspector = new Session();
try {
  const baseUrl = `http://127.0.0.1:${port}/quality-on-demand/v1`;
  const cycles: Record<string, () => () => Promise<void>> = {
    sdk: () => sdkCycle(new sdk.QodClient({ token: TOKEN, baseUrl, maxRetries: 0 }), "+36721601234567"),
    bare: () => bareCycle(baseUrl, "+36721601234568"),
    "bare-timeout": () => bareCycle(baseUrl, "+36721601234569", 30_000),
  };
  const make = cycles[arm];
  if (!make) throw new Error(`unknown arm ${arm}: use ${Object.keys(cycles).join(", ")}`);
  const cycle = make();
  for (let i = 0; i < 500; i++) await cycle(); // JIT and keep-alive warm-up
  if (out) {
    inspector.connect();
    await inspector.post("Profiler.enable");
    await inspector.post("Profiler.start");
  }
  let count = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < Number(seconds) * 1000) {
    await cycle();
    count++;
  }
  const used = process.cpuUsage(cpu);
  const rate = count / ((performance.now() - start) / 1000);
  if (out) {
    const { profile } = await inspector.post("Profiler.stop");
    writeFileSync(out, JSON.stringify(profile));
  }
  const [user, system] = [used.user / count, used.system / count];
  console.log(
    `${arm}: ${count} cycles, ${rate.toFixed(0)} cycles/s, ${(user + system).toFixed(0)} µs client CPU per cycle (${user.toFixed(0)} user, ${system.toFixed(0)} system)`,
  );
} finally {
  if (out) inspector.disconnect();
  child.disconnect();
}
