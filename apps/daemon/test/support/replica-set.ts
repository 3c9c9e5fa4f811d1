// In-process replicas on one PostgreSQL and one in-process sandbox, sharing a virtual clock: the
// daemons' timers (leader election included) are a ManualTime reading the sandbox's clock.
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Sandbox } from "@qod/sandbox";
import { stringify } from "yaml";
import { loadConfig } from "../../src/config/load-config.js";
import { Daemon, type DaemonOptions } from "../../src/daemon.js";
import { createLogger } from "../../src/observability/logger.js";
import type { ManualTime } from "../../src/time/manual-time.js";
import { virtualSdkClock } from "./harness.js";

/** Options for startReplicas. */
export interface ReplicaSetOptions {
  dir: string;
  sandbox: Sandbox;
  time: ManualTime;
  count: number;
  postgres: { url: string; schema: string };
  sessions: Record<string, unknown>[];
  /** Config sections besides upstream, listen, api, store and sessions. */
  config?: Record<string, unknown>;
  daemon?: Partial<DaemonOptions>;
  /** Counts the provider calls. */
  onFetch?: () => void;
}

export async function startReplicas(o: ReplicaSetOptions): Promise<Daemon[]> {
  const file = join(o.dir, "qodd.yaml");
  writeFileSync(
    file,
    stringify({
      upstream: {
        baseUrl: "http://127.0.0.1/quality-on-demand/v1",
        profilesBaseUrl: "http://127.0.0.1/qos-profiles/v1",
        token: { value: "qod-sandbox-dev-token" },
      },
      listen: { host: "127.0.0.1", port: 0 },
      api: { token: { value: "replica-api-token-0123456789" } },
      store: { postgres: o.postgres },
      ...o.config,
      sessions: o.sessions,
    }),
  );
  chmodSync(file, 0o600);
  const config = await loadConfig(file);
  const daemons: Daemon[] = [];
  for (let i = 0; i < o.count; i++) {
    const daemon = new Daemon({
      config,
      clock: o.time,
      logger: createLogger({ level: "silent" }),
      fetch: (request) => {
        o.onFetch?.();
        return o.sandbox.fetch(request);
      },
      clockOverrides: { sdk: virtualSdkClock(o.time) },
      processMetrics: false,
      random: () => 0.5,
      ...o.daemon,
    });
    await daemon.start();
    daemons.push(daemon);
  }
  return daemons;
}

/** Moves the shared clock in steps of at most a second, running every timer due on the way. */
export async function advanceReplicas(
  daemons: readonly Daemon[],
  sandbox: Sandbox,
  time: ManualTime,
  seconds: number,
): Promise<void> {
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      for (const d of daemons) await d.settled();
      await sandbox.notifications.idle();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const end = time.now() + seconds * 1000;
  while (time.now() < end) {
    await settle();
    const next = Math.min(time.nextDue() ?? end, end, time.now() + 1000);
    if (next > time.now()) sandbox.clock.advance((next - time.now()) / 1000);
    time.fireDue();
    await settle();
  }
}
