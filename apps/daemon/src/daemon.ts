// Assembles the daemon: store, upstream, reconciler, leases, HTTP servers. start() and stop()
// are the only entry points the CLI uses; tests construct it with an injected clock and fetch.
import { readFile } from "node:fs/promises";
import { type Clock, QodClient } from "@qod/sdk";
import { ConfigError } from "./config/config-error.js";
import { type DaemonConfig, loadConfig } from "./config/load-config.js";
import { TokenProvider } from "./config/token-provider.js";
import { createApiApp, type Readiness } from "./http/api-app.js";
import { type RunningServer, startServer } from "./http/node-server.js";
import { LeaseRegistry } from "./leases/lease-registry.js";
import { createNotificationApp } from "./notify/notification-app.js";
import { createLogger, type Logger } from "./observability/logger.js";
import { DaemonMetrics } from "./observability/metrics.js";
import { Reconciler } from "./reconcile/reconciler.js";
import { loadOrCreateInstanceId, loadOrCreateSinkToken } from "./store/sink-token.js";
import { StateStore } from "./store/state-store.js";
import { systemTime, type TimerHandle, type TimeSource } from "./time/time-source.js";
import { classifyError } from "./upstream/classify.js";
import { InstrumentedUpstream } from "./upstream/instrumented-upstream.js";
import { SdkUpstream } from "./upstream/sdk-upstream.js";
import type { Upstream } from "./upstream/upstream.js";
import { UpstreamGate } from "./upstream/upstream-gate.js";

/** Options for Daemon. */
export interface DaemonOptions {
  config: DaemonConfig;
  /** Clock and timers for the reconciler, leases and probes. @default the system's */
  time?: TimeSource;
  /** @default JSON lines on stdout at the config's level */
  logger?: Logger;
  /** The fetch the SDK uses (tests pass the sandbox's in-process handler). @default global fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** The SDK's clock for timeouts and retry waits. @default the system clock */
  sdkClock?: Clock;
  /** Environment for `env` token sources. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Jitter source in [0, 1). @default Math.random */
  random?: () => number;
  /** Export process metrics (CPU, memory). @default true */
  processMetrics?: boolean;
  /** Replaces the SDK-backed provider (unit tests). */
  upstream?: Upstream;
  /** Longest a lease request waits for its session, in ms. @default 30000 */
  sessionWaitMs?: number;
}

/** What stop() did. */
export interface StopResult {
  /** Owned sessions left upstream (kept on purpose with keepOnExit, or not deleted in time). */
  remaining: number;
  /** True when the bound passed before every session was deleted. */
  timedOut: boolean;
}

export class Daemon {
  readonly metrics: DaemonMetrics;
  readonly logger: Logger;
  readonly upstream: InstrumentedUpstream;
  #config: DaemonConfig;
  readonly #o: DaemonOptions;
  readonly #time: TimeSource;
  readonly #gate: UpstreamGate;
  #store: StateStore | undefined;
  #reconciler: Reconciler | undefined;
  #leases: LeaseRegistry | undefined;
  #api: RunningServer | undefined;
  #notifications: RunningServer | undefined;
  #stopping = false;
  #started = false;
  #probeTimer: TimerHandle | undefined;
  #probing: Promise<void> | undefined;

  constructor(options: DaemonOptions) {
    this.#o = options;
    this.#config = options.config;
    this.#time = options.time ?? systemTime;
    this.logger = options.logger ?? createLogger({ level: options.config.log.level });
    this.metrics = new DaemonMetrics({ processMetrics: options.processMetrics ?? true });
    const u = options.config.upstream;
    const inner =
      options.upstream ??
      new SdkUpstream({
        client: new QodClient({
          token: tokenFn(new TokenProvider(u.token, { label: "upstream.token", env: options.env, time: this.#time })),
          auth: u.auth,
          baseUrl: u.baseUrl,
          profilesBaseUrl: u.profilesBaseUrl,
          ...(u.rapidApiHost !== undefined && { rapidApiHost: u.rapidApiHost }),
          timeout: u.timeoutSeconds * 1000,
          maxRetries: u.maxRetries,
          allowInsecure: u.allowInsecure,
          allowUnknownProfiles: u.allowUnknownProfiles,
          ...(options.fetch && { fetch: options.fetch }),
          ...(options.sdkClock && { clock: options.sdkClock }),
        }),
        probeProfile: options.config.sessions[0]?.spec.profile ?? "QOS_E",
      });
    this.#gate = new UpstreamGate({
      time: this.#time,
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
    });
  }

  get config(): DaemonConfig {
    return this.#config;
  }

  /** The reconciler (for tests and the benchmark). */
  get reconciler(): Reconciler {
    if (!this.#reconciler) throw new Error("the daemon is not started");
    return this.#reconciler;
  }

  get apiUrl(): string | undefined {
    return this.#api?.url;
  }

  get notificationsUrl(): string | undefined {
    return this.#notifications?.url;
  }

  async start(): Promise<void> {
    const c = this.#config;
    const store = await StateStore.open({ dir: c.store.dir });
    this.#store = store;
    if (store.recoveredTornTail) this.logger.warn("the journal's last line was cut short by a crash; it was dropped");

    // The receiver starts first: with port 0 its address is only known once it listens.
    let sink: { prefix: string; token: string; instanceId: string } | undefined;
    if (c.notifications) {
      const token = await loadOrCreateSinkToken(c.store.dir);
      const instanceId = await loadOrCreateInstanceId(c.store.dir);
      const [cert, key] = await Promise.all([readFile(c.notifications.tls.cert), readFile(c.notifications.tls.key)]);
      this.#notifications = await startServer({
        app: createNotificationApp({
          token,
          notify: (intent, id, status, info, at) => this.#reconciler?.notify(intent, id, status, info, at) ?? false,
          metrics: this.metrics,
          logger: this.logger,
        }),
        host: c.notifications.listen.host,
        port: c.notifications.listen.port,
        tls: { cert, key },
      });
      const publicUrl = (c.notifications.publicUrl ?? this.#notifications.url).replace(/\/+$/, "");
      sink = { prefix: `${publicUrl}/v1/notifications/${instanceId}`, token, instanceId };
    }
    const sinkToken = sink?.token;
    const reconciler = new Reconciler({
      upstream: this.upstream,
      classify: classifyError,
      store,
      time: this.#time,
      logger: this.logger,
      metrics: this.metrics,
      gate: this.#gate,
      sink: sink && {
        prefix: sink.prefix,
        instanceId: sink.instanceId,
        credential: () => ({
          accessToken: sinkToken as string,
          // The provider keeps the credential for the session's life; a year outlives any session.
          accessTokenExpiresUtc: new Date(this.#time.now() + 365 * 86400_000),
        }),
      },
      ...c.reconcile,
      pollIntervalSeconds: c.polling.intervalSeconds,
      pollMaxPerSecond: c.polling.maxPerSecond,
      random: this.#o.random ?? Math.random,
    });
    this.#reconciler = reconciler;
    reconciler.load(store.sessions.values(), store.done);
    this.#leases = new LeaseRegistry({
      store,
      time: this.#time,
      maxTtlSeconds: c.leases.maxTtlSeconds,
      max: c.leases.max,
      host: {
        attach: (spec, holder) => reconciler.attach(spec, { id: holder, keepAlive: true }).key,
        detach: (key, holder) => reconciler.detach(key, holder),
      },
      onExpired: (lease) =>
        this.logger.info({ leaseId: lease.id, holder: lease.holder }, "lease expired without renewal"),
    });
    this.#leases.load(store.leases.values());
    reconciler.setDeclared(c.sessions);
    this.metrics.setSources({
      sessionsByStatus: () => reconciler.countByStatus(),
      leaseCount: () => this.#leases?.size ?? 0,
    });

    const apiToken = new TokenProvider(c.api.token, { label: "api.token", env: this.#o.env, time: this.#time });
    await apiToken.get(); // fail at start, not at the first request, when the token cannot be read
    this.#api = await startServer({
      app: createApiApp({
        apiToken: () => apiToken.get(),
        leases: this.#leases,
        reconciler,
        metrics: this.metrics,
        readiness: () => this.readiness(),
        logger: this.logger,
        allowUnknownProfiles: c.upstream.allowUnknownProfiles,
        accepting: () => !this.#stopping,
        upstreamDown: () => this.#gate.isOpen,
        ...(this.#o.sessionWaitMs !== undefined && { sessionWaitMs: this.#o.sessionWaitMs }),
      }),
      host: c.listen.host,
      port: c.listen.port,
    });
    reconciler.start();
    this.#leases.start();
    this.#started = true;
    this.#probe(1000);
    this.logger.info(
      {
        api: this.#api.url,
        notifications: this.#notifications?.url,
        declared: c.sessions.length,
        journaled: store.sessions.size,
        leases: store.leases.size,
      },
      "qodd started",
    );
  }

  /** What /readyz reports: config loaded, store open, provider reachable, journal reconciled. */
  readiness(): Readiness {
    const checks = {
      config: true,
      store: this.#store !== undefined && this.#started && !this.#stopping,
      upstream: this.#gate.reachable,
      recovered: this.#reconciler?.recovered ?? false,
    };
    return { ready: Object.values(checks).every(Boolean), checks };
  }

  /** Re-reads the config file; an invalid one is refused (errors logged) and the old one kept. */
  async reload(): Promise<boolean> {
    let next: DaemonConfig;
    try {
      next = await loadConfig(this.#config.file);
    } catch (error) {
      const issues = error instanceof ConfigError ? error.issues : [{ path: "", message: String(error) }];
      this.logger.error({ file: this.#config.file, issues }, "config reload refused; the running config stays");
      return false;
    }
    const { sessions: _a, file: _b, ...rest } = next;
    const { sessions: _c, file: _d, ...old } = this.#config;
    if (JSON.stringify(rest) !== JSON.stringify(old)) {
      this.logger.warn("config changes outside `sessions:` take effect at the next restart");
    }
    this.#config = { ...this.#config, sessions: next.sessions };
    this.#reconciler?.setDeclared(next.sessions);
    this.logger.info({ declared: next.sessions.length }, "config reloaded");
    return true;
  }

  /** Resolves when no work is in flight and nothing is due (tests drive simulated time with this). */
  async settled(): Promise<void> {
    // Work begets work (a probe closing the gate wakes the reconciler): repeat until a pass finds none.
    for (;;) {
      await this.#probing;
      await this.#gate.settled();
      await this.#reconciler?.settled();
      await new Promise((resolve) => setImmediate(resolve));
      if (this.#probing === undefined && !this.#gate.probing && (this.#reconciler?.quiet ?? true)) return;
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
    if (this.#probeTimer !== undefined) this.#time.clearTimeout(this.#probeTimer);
    this.#leases?.stop();
    await this.#api?.close();
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutSeconds * 1000);
    timer.unref();
    let remaining = 0;
    if (this.#reconciler) {
      if (keepOnExit) await this.#reconciler.stop();
      else remaining = await this.#reconciler.releaseAll(deadline.signal);
      await Promise.race([this.#reconciler.stop(), abortPromise(deadline.signal)]);
      remaining = this.#reconciler.countOwned();
    }
    clearTimeout(timer);
    await this.#notifications?.close();
    this.#gate.stop();
    await this.#store?.close();
    this.logger.info({ remaining, keepOnExit, timedOut: deadline.signal.aborted }, "qodd stopped");
    return { remaining, timedOut: deadline.signal.aborted };
  }

  // Until the first answer, probe at growing intervals so /readyz can turn ready on an idle daemon.
  #probe(delayMs: number): void {
    if (this.#stopping || this.#gate.reachable) return;
    this.#probing = this.upstream
      .probe()
      .catch(() => {
        this.#probeTimer = this.#time.setTimeout(() => this.#probe(Math.min(delayMs * 2, 30_000)), delayMs);
      })
      .finally(() => {
        this.#probing = undefined;
      });
  }
}

function tokenFn(provider: TokenProvider): () => Promise<string> {
  return () => provider.get();
}

function abortPromise(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}
