// The part of the daemon that acts on the provider: the reconciler and the leases, built from
// a store's state. A single daemon runs one for its whole life; a replica runs one only while
// it leads, and throws it away when it stops leading (the next leader reads the state afresh).

import type { Clock } from "@qod/sdk";
import type { DaemonConfig } from "./config/load-config.js";
import { LeaseRegistry } from "./leases/lease-registry.js";
import type { Logger } from "./observability/logger.js";
import type { DaemonMetrics } from "./observability/metrics.js";
import { Reconciler } from "./reconcile/reconciler.js";
import type { SinkSettings } from "./reconcile/slot-runner-options.js";
import type { Store } from "./store/store.js";
import { classifyError } from "./upstream/classify.js";
import type { Upstream } from "./upstream/upstream.js";
import type { UpstreamGate } from "./upstream/upstream-gate.js";

/** What an engine is built from. */
export interface EngineOptions {
  config: DaemonConfig;
  store: Store;
  upstream: Upstream;
  gate: UpstreamGate;
  clock: Clock;
  logger: Logger;
  metrics: DaemonMetrics;
  sink: SinkSettings | undefined;
  random: () => number;
  /** True while work may reach the provider (the store takes writes). */
  storeHealthy: () => boolean;
}

export class Engine {
  readonly reconciler: Reconciler;
  readonly leases: LeaseRegistry;

  constructor(o: EngineOptions) {
    const c = o.config;
    const reconciler = new Reconciler({
      upstream: o.upstream,
      classify: classifyError,
      store: o.store,
      clock: o.clock,
      logger: o.logger,
      metrics: o.metrics,
      gate: o.gate,
      sink: o.sink,
      ...c.reconcile,
      pollIntervalSeconds: c.polling.intervalSeconds,
      pollMaxPerSecond: c.polling.maxPerSecond,
      random: o.random,
      storeHealthy: o.storeHealthy,
    });
    this.reconciler = reconciler;
    reconciler.load(o.store.sessions.values(), o.store.done);
    this.leases = new LeaseRegistry({
      store: o.store,
      clock: o.clock,
      maxTtlSeconds: c.leases.maxTtlSeconds,
      max: c.leases.max,
      host: {
        attach: (spec, holder) => reconciler.attach(spec, { id: holder, keepAlive: true }).key,
        detach: (key, holder) => reconciler.detach(key, holder),
      },
      onExpired: (lease) => o.logger.info({ leaseId: lease.id, holder: lease.holder }, "lease expired without renewal"),
    });
    this.leases.load(o.store.leases.values());
    reconciler.setDeclared(c.sessions);
  }

  start(): void {
    this.reconciler.start();
    this.leases.start();
  }

  /** Stops starting work (leases stop expiring); resolves when the work in flight has finished. */
  async stop(): Promise<void> {
    this.leases.stop();
    await this.reconciler.stop();
  }
}
