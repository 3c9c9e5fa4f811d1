import type { Clock } from "./clock.js";

/**
 * The provider's clock, as its answers' `Date` headers show it: a session's remaining time is
 * the provider's to say, and a provider's clock (a sandbox's above all) may differ from ours.
 */
export class ServerTime {
  readonly #clock: Clock;
  #offsetMs = 0;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Notes the `Date` header of an answer; an absent or unreadable one changes nothing. */
  observe(dateHeader: string | null): void {
    if (dateHeader === null) return;
    const at = Date.parse(dateHeader);
    if (!Number.isNaN(at)) this.#offsetMs = at - this.#clock.now();
  }

  /** The provider's time in ms: our clock plus the offset seen in the last answer. */
  now(): number {
    return this.#clock.now() + this.#offsetMs;
  }
}
