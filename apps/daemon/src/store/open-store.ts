// Opens the configured store (PostgreSQL for replicas, else the journal directory) and reports
// its write faults, so the daemon pauses while writes are refused and resumes when they return.

import type { Clock } from "@qod/sdk";
import type { DaemonConfig } from "../config/load-config.js";
import { TokenProvider } from "../config/token-provider.js";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import { PgStore } from "./pg-store.js";
import { StateStore } from "./state-store.js";
import type { Store } from "./store.js";

export interface OpenStoreOptions {
  clock: Clock;
  /** Environment for an `env` database URL. */
  env: NodeJS.ProcessEnv | undefined;
  logger: Logger;
  metrics: DaemonMetrics;
  /** Called when the store takes writes again. */
  onResume: () => void;
}

export async function openStore(c: DaemonConfig["store"], o: OpenStoreOptions): Promise<Store> {
  const onFault = (reason: string | undefined) => {
    if (reason === undefined) {
      o.logger.info("the store takes writes again: resuming");
      o.onResume();
      return;
    }
    o.metrics.storeFaults.inc();
    o.logger.error({ reason }, "the store refuses writes: not ready, pausing work, retrying");
  };
  if (c.postgres) {
    const url = await new TokenProvider(c.postgres.url, { label: "store.postgres.url", env: o.env }).get();
    return PgStore.open({ url, schema: c.postgres.schema, poolSize: c.postgres.poolSize, onFault });
  }
  const store = await StateStore.open({ dir: c.dir as string, clock: o.clock, onFault });
  if (store.recoveredTornTail) o.logger.warn("the journal's last line was cut short by a crash; it was dropped");
  return store;
}
