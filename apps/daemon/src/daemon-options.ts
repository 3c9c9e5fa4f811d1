// What a Daemon is built with, and what its stop() reports.
import type { Clock } from "@qod/sdk";
import type { DaemonConfig } from "./config/load-config.js";
import type { Logger } from "./observability/logger.js";
import type { LeadershipOptions } from "./replica/leadership.js";
import type { Upstream } from "./upstream/upstream.js";

/** Options for Daemon. */
export interface DaemonOptions {
  config: DaemonConfig;
  /**
   * The one clock of the daemon: the reconciler, leases, probes, retries, the shutdown bound,
   * leader election, and the SDK's request timeouts and retry waits. @default the system clock,
   * whose pending timers never keep the process alive
   */
  clock?: Clock;
  /**
   * For tests and benchmarks that drive `clock` by hand: clocks for the parts that must not
   * follow it. `sdk`: the SDK's request timeouts and retry waits; `leadership`: leader election,
   * whose row lapses on the database's real clock. Each defaults to `clock`.
   */
  clockOverrides?: ClockOverrides;
  /** @default JSON lines on stdout at the config's level */
  logger?: Logger;
  /** The fetch the SDK uses (tests pass the sandbox's in-process handler). @default global fetch */
  fetch?: (request: Request) => Promise<Response>;
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
  /** Leader row lifetime and renewal interval. @default 5000 and 1000 ms */
  leadership?: Pick<LeadershipOptions, "ttlMs" | "renewMs">;
}

/** Clocks that replace DaemonOptions.clock for one part of the daemon. */
export interface ClockOverrides {
  /** The SDK's request timeouts and retry waits. @default DaemonOptions.clock */
  sdk?: Clock;
  /** Leader election (PostgreSQL store only). @default DaemonOptions.clock */
  leadership?: Clock;
}

/** What stop() did. */
export interface StopResult {
  /** Owned sessions left upstream (kept on purpose with keepOnExit, or not deleted in time). */
  remaining: number;
  /** True when the bound passed before every session was deleted. */
  timedOut: boolean;
}
