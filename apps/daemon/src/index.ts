// The public API of @qod/daemon, by name (the `qodd` binary is its main use).

export type { Clock } from "@qod/sdk";
export { ConfigError, type ConfigIssue } from "./config/config-error.js";
export { type DaemonConfig, type DeclaredSession, loadConfig, parseConfig } from "./config/load-config.js";
export { preflight } from "./config/preflight.js";
export { type ClockOverrides, Daemon, type DaemonOptions, type StopResult } from "./daemon.js";
export { createLogger, type Logger, type LoggerOptions, REDACTED_PATHS } from "./observability/logger.js";
export { DaemonMetrics } from "./observability/metrics.js";
export { Reconciler, type ReconcilerOptions } from "./reconcile/reconciler.js";
export type { SlotView } from "./reconcile/slot.js";
export { Journal, JournalError } from "./store/journal.js";
export { StateStore } from "./store/state-store.js";
export { ManualTime, type ManualTimeOptions } from "./time/manual-time.js";
