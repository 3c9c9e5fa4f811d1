// The daemon under test, in its own process so its RSS and CPU are its own. Its clock is a
// ManualTime the parent moves in step with the sandbox's virtual clock over IPC.
// The same V8 flags as bin/qodd.js, set before anything else loads.
import { applyV8Flags } from "../dist/cli/v8-flags.js";

applyV8Flags();
const { default: pino } = await import("pino");
const { createLogger, Daemon, ManualTime, parseConfig } = await import("../dist/index.js");
const { createSystemClock } = await import("@qod/sdk");

const { configText, configFile, start } = JSON.parse(process.argv[2]);
const time = new ManualTime({ start });
const daemon = new Daemon({
  config: parseConfig(configText, configFile, 0o600),
  clock: time,
  // Leader election stays on real time: its row lapses on the database's clock, and the
  // benchmark does not move virtual time while it waits for a failover.
  clockOverrides: { leadership: createSystemClock({ keepProcessAlive: false }) },
  // Logs at info, as in production, but to /dev/null: their cost counts, their volume does not.
  // QODD_BENCH_LOG=1 (or a level name) shows the log on stderr.
  logger: createLogger({
    level: /^(trace|debug|info|warn|error)$/.test(process.env.QODD_BENCH_LOG ?? "")
      ? process.env.QODD_BENCH_LOG
      : "info",
    destination: pino.destination({ dest: process.env.QODD_BENCH_LOG ? 2 : "/dev/null", sync: false }),
  }),
  processMetrics: false,
});

function usage() {
  const cpu = process.cpuUsage();
  const m = process.memoryUsage();
  if (process.env.QODD_BENCH_LOG)
    process.stderr.write(
      `mem rss=${m.rss >> 20} heapUsed=${m.heapUsed >> 20} heapTotal=${m.heapTotal >> 20} external=${m.external >> 20} ab=${m.arrayBuffers >> 20}\n`,
    );
  return { rss: m.rss, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

process.on("message", async (msg) => {
  switch (msg.type) {
    case "start":
      await daemon.start();
      process.send({ type: "started", api: daemon.apiUrl, ...usage() });
      break;
    case "tick":
      // Virtual time following the wall clock while apps lease (no reply, nothing awaited).
      time.set(msg.to);
      time.fireDue();
      break;
    case "advance":
      time.set(msg.to);
      time.fireDue();
      await daemon.settled();
      process.send({ type: "advanced", ...usage() });
      break;
    case "live": {
      // Live heap, after a full collection (only with --expose-gc).
      globalThis.gc?.();
      if (process.env.QODD_BENCH_SNAPSHOT) (await import("node:v8")).writeHeapSnapshot(process.env.QODD_BENCH_SNAPSHOT);
      process.send({ type: "live", heapUsed: process.memoryUsage().heapUsed, ...usage() });
      break;
    }
    case "status": {
      const checks = daemon.readiness().checks;
      if (checks.leader === false) {
        process.send({ type: "status", leader: false, queries: daemon.storeQueries, ...usage() });
        break;
      }
      const counts = daemon.reconciler.countByStatus();
      const lapses = (await daemon.metrics.registry.getSingleMetric("qodd_lapses_total").get()).values[0]?.value ?? 0;
      const ext = (await daemon.metrics.registry.getSingleMetric("qodd_extensions_total").get()).values;
      const extensions = ext.filter((v) => v.labels.outcome === "ok").reduce((n, v) => n + v.value, 0);
      const leader = checks.leader;
      const recovered = checks.recovered;
      process.send({
        type: "status",
        leader,
        recovered,
        counts,
        lapses,
        extensions,
        queries: daemon.storeQueries,
        ...usage(),
      });
      break;
    }
    case "stop": {
      const result = await daemon.stop();
      process.send({ type: "stopped", result, ...usage() });
      process.exit(0);
    }
  }
});
process.send({ type: "ready" });
