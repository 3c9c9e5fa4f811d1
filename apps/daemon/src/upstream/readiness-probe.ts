// Until the provider answers (at start, or after it refused the daemon's token), ask it again at
// growing intervals, so /readyz turns ready on an idle daemon without waiting for work to come.
import { backoffDelay, type Clock } from "@qod/sdk";

/** Options for ReadinessProbe. */
export interface ReadinessProbeOptions {
  clock: Clock;
  /** One question to the provider; a rejection means "not yet". */
  probe: () => Promise<unknown>;
  /** True when no more probing is needed (the provider answers and accepts the token, or the daemon stops). */
  done: () => boolean;
}

export class ReadinessProbe {
  readonly #o: ReadinessProbeOptions;
  #running: Promise<void> | undefined;
  #cancel: (() => void) | undefined;

  constructor(options: ReadinessProbeOptions) {
    this.#o = options;
  }

  /** Whether a probe is in flight. */
  get active(): boolean {
    return this.#running !== undefined;
  }

  /** Starts probing, unless a probe is in flight or waiting for its turn. */
  start(): void {
    if (this.#running === undefined && this.#cancel === undefined) this.#run(1);
  }

  /** Resolves when the probe in flight, if any, has finished. */
  async settled(): Promise<void> {
    await this.#running;
  }

  stop(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  #run(attempt: number): void {
    this.#cancel = undefined;
    if (this.#o.done()) return;
    this.#running = this.#o
      .probe()
      .then(
        () => undefined,
        () => {
          const delay = backoffDelay(attempt, { baseMs: 1000, maxMs: 30_000 });
          this.#cancel = this.#o.clock.schedule(delay, () => this.#run(attempt + 1));
        },
      )
      .finally(() => {
        this.#running = undefined;
      });
  }
}
