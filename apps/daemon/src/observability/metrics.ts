// The daemon's Prometheus metrics, on a registry of its own (several daemons can live in one
// test process without clashing on the global registry).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Options for DaemonMetrics. */
export interface DaemonMetricsOptions {
  /** Also export process metrics (CPU, RSS, event loop lag...). @default true */
  processMetrics?: boolean;
}

/** Where gauges read their values at scrape time. */
export interface MetricSources {
  sessionsByStatus: () => Record<string, number>;
  leaseCount: () => number;
}

export class DaemonMetrics {
  #sources: MetricSources | undefined;
  readonly registry = new Registry();
  readonly sessions: Gauge<"status">;
  readonly leases: Gauge;
  readonly extensions: Counter<"outcome">;
  readonly recreations: Counter<"reason">;
  readonly lapses: Counter;
  readonly successorGap: Histogram;
  readonly upstreamCalls: Counter<"operation" | "outcome">;
  readonly upstreamLatency: Histogram<"operation">;
  readonly notifications: Counter<"result">;
  readonly polls: Counter<"outcome">;
  readonly ready: Gauge;
  readonly journalWrites: Counter<"outcome">;
  readonly upstreamAuthFailures: Counter;
  readonly storeFaults: Counter;
  readonly leader: Gauge;
  readonly term: Gauge;
  readonly failovers: Counter;

  constructor(options: DaemonMetricsOptions = {}) {
    const registers = [this.registry];
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: "qodd_" });
    const sources = () => this.#sources;
    this.sessions = new Gauge({
      name: "qodd_sessions",
      help: "Upstream sessions the daemon owns, by status (PENDING: being created or looked up)",
      labelNames: ["status"],
      registers,
      // Counted at scrape time, so the hot path keeps no gauges up to date.
      collect() {
        for (const [status, n] of Object.entries(sources()?.sessionsByStatus() ?? {})) this.set({ status }, n);
      },
    });
    this.leases = new Gauge({
      name: "qodd_leases",
      help: "Leases held by apps",
      registers,
      collect() {
        this.set(sources()?.leaseCount() ?? 0);
      },
    });
    this.extensions = new Counter({
      name: "qodd_extensions_total",
      help: "Session extensions, by outcome (ok, capped: the provider granted less, failed)",
      labelNames: ["outcome"],
      registers,
    });
    this.recreations = new Counter({
      name: "qodd_recreations_total",
      help: "Successor sessions created, by reason (cap, terminated, expired, vanished)",
      labelNames: ["reason"],
      registers,
    });
    this.lapses = new Counter({
      name: "qodd_lapses_total",
      help: "Wanted sessions that expired although they were within their profile's cap",
      registers,
    });
    this.successorGap = new Histogram({
      name: "qodd_successor_gap_seconds",
      help: "Time without an AVAILABLE session between a session's end and its successor's start",
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 300, 1800],
      registers,
    });
    this.upstreamCalls = new Counter({
      name: "qodd_upstream_requests_total",
      help: "Calls to the QoD provider, by operation and outcome (ok, or the failure kind)",
      labelNames: ["operation", "outcome"],
      registers,
    });
    this.upstreamLatency = new Histogram({
      name: "qodd_upstream_request_duration_seconds",
      help: "Latency of calls to the QoD provider, retries included",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.notifications = new Counter({
      name: "qodd_notifications_total",
      help: "Notifications by result: accepted, unknown-session, unauthorized, invalid; on a follower forwarded, duplicate, unavailable (the leader counts a forwarded one again when it applies it)",
      labelNames: ["result"],
      registers,
    });
    this.polls = new Counter({
      name: "qodd_polls_total",
      help: "Status checks made by the polling fallback, by outcome",
      labelNames: ["outcome"],
      registers,
    });
    this.ready = new Gauge({ name: "qodd_ready", help: "1 when /readyz answers 200", registers });
    this.journalWrites = new Counter({
      name: "qodd_journal_writes_total",
      help: "Journal appends, by outcome",
      labelNames: ["outcome"],
      registers,
    });
    this.upstreamAuthFailures = new Counter({
      name: "qodd_upstream_auth_failures_total",
      help: "Provider answers 401/403: the token is revoked or lacks scopes",
      registers,
    });
    this.storeFaults = new Counter({
      name: "qodd_store_faults_total",
      help: "Times the store (journal or database) stopped accepting writes",
      registers,
    });
    this.leader = new Gauge({ name: "qodd_leader", help: "1 while this replica reconciles", registers });
    this.term = new Gauge({ name: "qodd_leader_term", help: "The leadership term this replica last saw", registers });
    this.failovers = new Counter({
      name: "qodd_failovers_total",
      help: "Times this replica took leadership over from another",
      registers,
    });
  }

  /** Connects the gauges to the running daemon. */
  setSources(sources: MetricSources): void {
    this.#sources = sources;
  }

  /** The metrics in Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
