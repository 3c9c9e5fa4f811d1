// The reconciler's settings and their defaults, kept apart from the loop that uses them.
import type { UpstreamGate } from "../upstream/upstream-gate.js";
import type { SinkSettings, SlotRunnerOptions } from "./slot-runner-options.js";

/** Options for Reconciler. */
export interface ReconcilerOptions extends Omit<SlotRunnerOptions, "sink" | "host"> {
  gate: UpstreamGate;
  /** Notification sink; absent: polling only. */
  sink?: SinkSettings | undefined;
  /** Extend this many seconds before expiry. @default 300 */
  marginSeconds?: number;
  /** Seconds asked for at create. @default 3600 */
  sessionSeconds?: number;
  /** Seconds asked for per extension. @default 3600 */
  extendSeconds?: number;
  /** Slots worked on at once. @default 16 */
  concurrency?: number;
  /** Seconds between status checks of one session (polling fallback). @default 300 */
  pollIntervalSeconds?: number;
  /** Most status checks per second. @default 5 */
  pollMaxPerSecond?: number;
  /** Longest wait between retries of a failing slot, in ms. @default 60000 */
  maxBackoffMs?: number;
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
  /** False while the store refuses writes: no work starts, so nothing reaches the provider unrecorded. @default always true */
  storeHealthy?: () => boolean;
}

/** ReconcilerOptions with every default filled in. */
export type ResolvedReconcilerOptions = Required<Omit<ReconcilerOptions, "sink">> & Pick<ReconcilerOptions, "sink">;

export function withDefaults(options: ReconcilerOptions): ResolvedReconcilerOptions {
  return {
    marginSeconds: 300,
    sessionSeconds: 3600,
    extendSeconds: 3600,
    concurrency: 16,
    pollIntervalSeconds: 300,
    pollMaxPerSecond: 5,
    maxBackoffMs: 60_000,
    random: Math.random,
    storeHealthy: () => true,
    ...options,
  };
}
