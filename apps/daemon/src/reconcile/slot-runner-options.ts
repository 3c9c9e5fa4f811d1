// What the SlotRunner is given: its settings, the notification sink, and hooks into the reconciler.

import type { Clock } from "@qod/sdk";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import type { Store } from "../store/store.js";
import type { FailureKind, SinkCredentialInput, Upstream } from "../upstream/upstream.js";
import type { Slot, Tracked } from "./slot.js";

/** Where notifications for the daemon's sessions go. */
export interface SinkSettings {
  /** `https://host:port/v1/notifications/<instance id>`; each session's sink is this plus `/<intent>`. */
  prefix: string;
  /** This daemon's id, the last segment of `prefix`. */
  instanceId: string;
  /** The bearer credential the provider sends back. */
  credential: () => SinkCredentialInput;
}

/** What the runner needs from the reconciler. */
export interface RunnerHost {
  /** Indexes a session by its intent (notifications name the intent in their URL). */
  trackIntent(intent: string, slot: Slot, tracked: Tracked): void;
  untrackIntent(intent: string): void;
  /** Indexes a session id (notifications, polling). */
  track(sessionId: string, slot: Slot, tracked: Tracked): void;
  untrack(sessionId: string): void;
  /** True when another tracked session has this id. */
  isClaimed(sessionId: string): boolean;
}

/** Options for SlotRunner. */
export interface SlotRunnerOptions {
  upstream: Upstream;
  classify: (error: unknown) => FailureKind;
  store: Store;
  clock: Clock;
  logger: Logger;
  metrics: DaemonMetrics;
  sink: SinkSettings | undefined;
  host: RunnerHost;
}
