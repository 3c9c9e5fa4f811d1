// Assembles the daemon: store, upstream, reconciler, leases, HTTP servers. start() and stop()
// are the only entry points the CLI uses; tests construct it with an injected clock and fetch.
import type { Clock } from "@qod/sdk";
import type { DaemonConfig } from "./config/load-config.js";
import { reloadConfig } from "./config/reload-config.js";
import { TokenProvider } from "./config/token-provider.js";
import type { ClockOverrides, DaemonOptions, StopResult } from "./daemon-options.js";
import { Engine } from "./engine.js";
import { createApiApp, type Readiness } from "./http/api-app.js";
import { type RunningServer, startServer } from "./http/node-server.js";
import type { InboxConsumer } from "./notify/inbox-consumer.js";
import { startNotifications } from "./notify/start-notifications.js";
import { createLogger, type Logger } from "./observability/logger.js";
import { DaemonMetrics } from "./observability/metrics.js";
import type { Reconciler } from "./reconcile/reconciler.js";
import { releaseOnExit } from "./reconcile/release-on-exit.js";
import type { SinkSettings } from "./reconcile/slot-runner-options.js";
import { forwardToLeader } from "./replica/forward.js";
import { Leadership } from "./replica/leadership.js";
import { openStore } from "./store/open-store.js";
import { PgStore } from "./store/pg-store.js";
import { loadOrCreateFile } from "./store/secrets.js";
import type { Store } from "./store/store.js";
import { daemonSystemClock } from "./time/system-clock.js";
import { classifyError } from "./upstream/classify.js";
import { InstrumentedUpstream } from "./upstream/instrumented-upstream.js";
import { ReadinessProbe } from "./upstream/readiness-probe.js";
import { sdkUpstream } from "./upstream/sdk-upstream.js";
import { UpstreamGate } from "./upstream/upstream-gate.js";

export type { ClockOverrides, DaemonOptions, StopResult };

export class Daemon {
  readonly metrics: DaemonMetrics;
  readonly logger: Logger;
  readonly upstream: InstrumentedUpstream;
  #config: DaemonConfig;
  readonly #o: DaemonOptions;
  readonly #clock: Clock;
  readonly #gate: UpstreamGate;
  #store: Store | undefined;
  /** The reconciler and leases: always on a single daemon, only while leading on a replica. */
  #engine: Engine | undefined;
  #leadership: Leadership | undefined;
  /** On a replica with notifications: applies, while leading, what followers received. */
  #inbox: InboxConsumer | undefined;
  #sink: SinkSettings | undefined;
  #api: RunningServer | undefined;
  #notifications: RunningServer | undefined;
  #stopping = false;
  #started = false;
  readonly #readinessProbe: ReadinessProbe;

  constructor(options: DaemonOptions) {
    this.#o = options;
    this.#config = options.config;
    this.#clock = options.clock ?? daemonSystemClock;
    this.logger = options.logger ?? createLogger({ level: options.config.log.level });
    this.metrics = new DaemonMetrics({ processMetrics: options.processMetrics ?? true });
    const inner =
      options.upstream ??
      sdkUpstream(options.config, {
        ...options,
        clock: this.#clock,
        sdkClock: options.clockOverrides?.sdk ?? this.#clock,
      });
    this.#gate = new UpstreamGate({
      clock: this.#clock,
      probe: () => this.upstream.probe(),
      random: options.random ?? Math.random,
      onChange: (open) =>
        open
          ? this.logger.error("the QoD provider is failing: pausing work, probing until it answers")
          : this.logger.info("the QoD provider answers again: resuming"),
    });
    this.upstream = new InstrumentedUpstream({
      inner,
      metrics: this.metrics,
      gate: this.#gate,
      classify: classifyError,
      // A refused token is asked about again at growing intervals until it is accepted.
      onAuthFault: () => this.#readinessProbe.start(),
    });
    this.#readinessProbe = new ReadinessProbe({
      clock: this.#clock,
      probe: () => this.upstream.probe(),
      done: () => this.#stopping || (this.#gate.reachable && this.upstream.authFault === undefined),
    });
  }

  get config(): DaemonConfig {
    return this.#config;
  }

  /** The reconciler (for tests and the benchmark). */
  get reconciler(): Reconciler {
    if (!this.#engine) throw new Error("the daemon is not started (or, as a replica, does not lead)");
    return this.#engine.reconciler;
  }

  /** Database queries sent so far (PostgreSQL store only; the benchmark reports the rate). */
  get storeQueries(): number | undefined {
    return this.#store instanceof PgStore ? this.#store.queries : undefined;
  }

  get apiUrl(): string | undefined {
    return this.#api?.url;
  }

  get notificationsUrl(): string | undefined {
    return this.#notifications?.url;
  }

  async start(): Promise<void> {
    const c = this.#config;
    const store = await this.#openStore();
    this.#store = store;

    // The receiver starts first: sessions are created with its address.
    if (c.notifications) {
      const notifications = await startNotifications({
        settings: c.notifications,
        store,
        clock: this.#clock,
        leaderClock: this.#o.clockOverrides?.leadership ?? this.#clock,
        schema: c.store.postgres?.schema ?? "qodd",
        metrics: this.metrics,
        logger: this.logger,
        notify: (intent, id, status, info, at) =>
          this.#engine?.reconciler.notify(intent, id, status, info, at) ?? (this.#leadership ? "retry" : false),
        apply: (e) => this.#engine?.reconciler.notify(e.intent, e.sessionId, e.status, e.statusInfo, e.at) ?? "retry",
      });
      this.#notifications = notifications.server;
      this.#sink = notifications.sink;
      this.#inbox = notifications.inbox;
    }
    this.metrics.setSources({
      sessionsByStatus: () =>
        this.#engine?.reconciler.countByStatus() ?? { PENDING: 0, REQUESTED: 0, AVAILABLE: 0, UNAVAILABLE: 0 },
      leaseCount: () => this.#engine?.leases.size ?? 0,
    });

    if (c.api.token.file !== undefined && c.api.token.generate) await loadOrCreateFile(c.api.token.file, 24);
    const apiToken = new TokenProvider(c.api.token, { label: "api.token", env: this.#o.env, clock: this.#clock });
    await apiToken.get(); // fail at start, not at the first request, when the token cannot be read
    this.#api = await startServer({
      app: createApiApp({
        apiToken: () => apiToken.get(),
        engine: () => this.#engine,
        forward:
          store instanceof PgStore
            ? forwardToLeader({ store, clock: this.#o.clockOverrides?.leadership ?? this.#clock })
            : undefined,
        metrics: this.metrics,
        readiness: () => this.readiness(),
        logger: this.logger,
        allowUnknownProfiles: c.upstream.allowUnknownProfiles,
        accepting: () => !this.#stopping,
        upstreamDown: () => this.#gate.isOpen,
        storeFault: () => this.#store?.fault,
        upstreamAuthFault: () => this.upstream.authFault,
        ...(this.#o.sessionWaitMs !== undefined && { sessionWaitMs: this.#o.sessionWaitMs }),
      }),
      host: c.listen.host,
      port: c.listen.port,
    });
    if (store instanceof PgStore) {
      this.#leadership = new Leadership({
        store,
        clock: this.#o.clockOverrides?.leadership ?? this.#clock,
        ...this.#o.leadership,
        apiUrl: () => c.store.postgres?.advertiseUrl ?? this.#api?.url,
        onElected: (term) => this.#lead(store, term),
        onDeposed: (reason) => this.#follow(reason),
      });
      this.#leadership.start();
    } else {
      this.#engine = this.#newEngine(store);
      this.#engine.start();
    }
    this.#started = true;
    this.#readinessProbe.start();
    this.logger.info(
      {
        api: this.#api.url,
        notifications: this.#notifications?.url,
        declared: c.sessions.length,
        journaled: store.sessions.size,
        leases: store.leases.size,
        store: store instanceof PgStore ? "postgres" : "journal",
      },
      "qodd started",
    );
  }

  #openStore(): Promise<Store> {
    return openStore(this.#config.store, {
      clock: this.#clock,
      env: this.#o.env,
      logger: this.logger,
      metrics: this.metrics,
      onResume: () => this.#engine?.reconciler.resume(),
    });
  }

  #newEngine(store: Store): Engine {
    return new Engine({
      config: this.#config,
      store,
      upstream: this.upstream,
      gate: this.#gate,
      clock: this.#clock,
      logger: this.logger,
      metrics: this.metrics,
      sink: this.#sink,
      random: this.#o.random ?? Math.random,
      storeHealthy: () => this.#store?.fault === undefined,
    });
  }

  // Elected: read the state the previous leader left and act on it.
  async #lead(store: PgStore, term: number): Promise<void> {
    await store.load();
    if (this.#stopping) return;
    this.#engine = this.#newEngine(store);
    this.#engine.start();
    this.#inbox?.start();
    this.metrics.leader.set(1);
    this.metrics.term.set(term);
    if (term > 1) this.metrics.failovers.inc();
    this.logger.info({ term, journaled: store.sessions.size, leases: store.leases.size }, "leading: reconciling");
  }

  // Deposed (or stopping): stop acting at once; what was in flight is fenced by the term.
  async #follow(reason: string): Promise<void> {
    const engine = this.#engine;
    this.#engine = undefined;
    this.metrics.leader.set(0);
    if (!engine) return;
    await this.#inbox?.stop();
    this.logger.warn({ reason }, "no longer leading: stopped reconciling");
    await engine.stop();
  }

  /** What /readyz reports: config loaded, store working, provider reachable and accepting, state reconciled. */
  readiness(): Readiness {
    const leading = this.#engine !== undefined;
    const checks: Record<string, boolean> = {
      config: true,
      store: this.#store !== undefined && this.#started && !this.#stopping && this.#store.fault === undefined,
      upstream: this.#gate.reachable,
      upstreamAuth: this.upstream.authFault === undefined,
      recovered: this.#engine?.reconciler.recovered ?? this.#leadership !== undefined,
    };
    if (this.#leadership) checks.leader = leading;
    const reasons = [this.#store?.fault, this.upstream.authFault].filter((r): r is string => r !== undefined);
    // A follower is ready when it can serve (forward); `leader` says which role it has.
    const ready = Object.entries(checks).every(([name, ok]) => ok || name === "leader");
    return { ready, checks, ...(reasons.length > 0 && { reasons }) };
  }

  /** Re-reads the config file; an invalid one is refused (errors logged) and the old one kept. */
  async reload(): Promise<boolean> {
    const next = await reloadConfig(this.#config, this.logger);
    if (!next) return false;
    this.#config = { ...this.#config, sessions: next.sessions };
    this.#engine?.reconciler.setDeclared(next.sessions);
    this.logger.info({ declared: next.sessions.length }, "config reloaded");
    return true;
  }

  /** Resolves when no work is in flight and nothing is due (tests drive simulated time with this). */
  async settled(): Promise<void> {
    // Work begets work (a probe closing the gate wakes the reconciler): repeat until a pass finds none.
    for (;;) {
      await this.#readinessProbe.settled();
      await this.#leadership?.settled();
      await this.#store?.settled?.();
      await this.#gate.settled();
      await this.#engine?.reconciler.settled();
      await new Promise((resolve) => setImmediate(resolve));
      if (!this.#readinessProbe.active && !this.#gate.probing && (this.#engine?.reconciler.quiet ?? true)) return;
    }
  }

  /**
   * Stops intake, deletes every owned session (unless keepOnExit), flushes the journal. Bounded
   * by `shutdown.timeoutSeconds`; sessions not deleted by then stay journaled for the next start.
   */
  async stop(): Promise<StopResult> {
    if (this.#stopping) return { remaining: 0, timedOut: false };
    this.#stopping = true;
    const { keepOnExit, timeoutSeconds } = this.#config.shutdown;
    this.#readinessProbe.stop();
    // A replica hands over instead of deleting: the next leader keeps the sessions.
    await this.#leadership?.stop();
    this.#engine?.leases.stop();
    await this.#api?.close();
    const reconciler = this.#engine?.reconciler;
    const { remaining, timedOut } = reconciler
      ? await releaseOnExit(reconciler, { keepOnExit, timeoutSeconds, clock: this.#clock })
      : { remaining: 0, timedOut: false };
    await this.#notifications?.close();
    this.#gate.stop();
    await this.#store?.close();
    this.logger.info({ remaining, keepOnExit, timedOut }, "qodd stopped");
    return { remaining, timedOut };
  }
}
