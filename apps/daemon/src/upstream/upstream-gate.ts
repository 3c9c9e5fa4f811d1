// A circuit breaker for the provider. After a few outage failures in a row the gate opens:
// the reconciler stops sending work and one probe call is made at growing intervals until the
// provider answers, so an outage costs a bounded number of calls, and the daemon reports not-ready.
import type { Clock } from "@qod/sdk";
import { backoffDelay } from "@qod/sdk";

/** Options for UpstreamGate. */
export interface UpstreamGateOptions {
  clock: Clock;
  /** Sends one probe call; resolves when the provider answered. */
  probe: () => Promise<void>;
  /** Outage failures in a row that open the gate. @default 3 */
  threshold?: number;
  /** First wait before a probe, in ms; doubles after each failed probe. @default 1000 */
  initialDelayMs?: number;
  /** Longest wait between probes, in ms. @default 30000 */
  maxDelayMs?: number;
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
  /** Called when the gate opens or closes. */
  onChange?: (open: boolean) => void;
}

export class UpstreamGate {
  readonly #options: Required<Omit<UpstreamGateOptions, "onChange">> & Pick<UpstreamGateOptions, "onChange">;
  #failuresInRow = 0;
  #open = false;
  #succeeded = false;
  /** Failed probes since the gate opened. */
  #probes = 0;
  #cancelTimer: (() => void) | undefined;
  #probing: Promise<void> | undefined;
  #stopped = false;
  #listeners = new Set<() => void>();

  constructor(options: UpstreamGateOptions) {
    this.#options = {
      threshold: 3,
      initialDelayMs: 1000,
      maxDelayMs: 30_000,
      random: Math.random,
      ...options,
    };
  }

  /** True once a call succeeded and the gate is closed: the provider answers. */
  get reachable(): boolean {
    return this.#succeeded && !this.#open;
  }

  /** True while the provider is considered down. */
  get isOpen(): boolean {
    return this.#open;
  }

  /** Calls `listener` each time the gate closes (the provider is back). */
  onClose(listener: () => void): void {
    this.#listeners.add(listener);
  }

  /** Records a call that got an answer (any answer but a 5xx or 429 shows the provider is up). */
  success(): void {
    this.#succeeded = true;
    this.#failuresInRow = 0;
    if (this.#open) this.#close();
  }

  /** Records an outage failure (connection error, timeout, 429, 5xx). */
  failure(): void {
    this.#failuresInRow++;
    if (!this.#open && this.#failuresInRow >= this.#options.threshold) {
      this.#open = true;
      this.#probes = 0;
      this.#options.onChange?.(true);
      this.#arm();
    }
  }

  /** True while a probe call is in flight. */
  get probing(): boolean {
    return this.#probing !== undefined;
  }

  /** Resolves once a probe in flight has finished. */
  async settled(): Promise<void> {
    await this.#probing;
  }

  stop(): void {
    this.#stopped = true;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }

  #close(): void {
    this.#open = false;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    this.#options.onChange?.(false);
    for (const listener of this.#listeners) listener();
  }

  #arm(): void {
    if (this.#stopped) return;
    // Jitter so many daemons do not probe a recovering provider in lockstep.
    const { initialDelayMs, maxDelayMs, random } = this.#options;
    const delay = backoffDelay(this.#probes + 1, { baseMs: initialDelayMs, maxMs: maxDelayMs, random });
    this.#cancelTimer = this.#options.clock.schedule(delay, () => {
      this.#cancelTimer = undefined;
      this.#probing = this.#runProbe().finally(() => {
        this.#probing = undefined;
      });
    });
  }

  async #runProbe(): Promise<void> {
    if (!this.#open || this.#stopped) return;
    let ok = false;
    try {
      await this.#options.probe();
      ok = true;
    } catch {
      ok = false;
    }
    if (ok) {
      this.success();
    } else if (this.#open && !this.#stopped) {
      this.#probes++;
      this.#arm();
    }
  }
}
