import type { Daemon } from "../../src/daemon.js";

/** The value of one sample, e.g. metric(d, "qodd_recreations_total", 'reason="cap"'); 0 when absent. */
export async function metric(daemon: Daemon, name: string, labels = ""): Promise<number> {
  const base = name.replace(/_(sum|count|bucket)$/, "");
  const text = await daemon.metrics.registry.getSingleMetricAsString(base);
  const prefix = `${name}${labels ? `{${labels}}` : ""} `;
  const line = text.split("\n").find((l) => l.startsWith(prefix));
  return line ? Number(line.slice(prefix.length)) : 0;
}
