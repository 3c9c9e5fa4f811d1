import { cpus, loadavg, platform, release, totalmem } from "node:os";

/** One line naming the machine a benchmark ran on. */
export function describeMachine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
  return `${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}, load average at start ${load}`;
}
