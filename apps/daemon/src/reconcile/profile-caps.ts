// Each profile's longest total duration (its maxDuration in the QoS Profiles API), cached for an
// hour, so planning a slot never waits on the provider more than once per profile.

import type { Clock } from "@qod/sdk";
import type { Logger } from "../observability/logger.js";
import type { Upstream } from "../upstream/upstream.js";
import { describeError } from "./errors.js";

const TTL_MS = 3600_000;
// After a failed lookup, the next is tried this much later.
const RETRY_MS = 60_000;

/** Options for ProfileCaps. */
export interface ProfileCapsOptions {
  upstream: Upstream;
  clock: Clock;
  logger: Logger;
}

export class ProfileCaps {
  readonly #o: ProfileCapsOptions;
  readonly #caps = new Map<string, { cap: number | undefined; at: number }>();
  readonly #lookups = new Map<string, Promise<number | undefined>>();

  constructor(options: ProfileCapsOptions) {
    this.#o = options;
  }

  /** The profile's cap in seconds, or undefined when it has none (or it is not known yet). */
  get(profile: string): Promise<number | undefined> {
    const known = this.#caps.get(profile);
    if (known && this.#o.clock.now() - known.at < TTL_MS) return Promise.resolve(known.cap);
    // One lookup per profile at a time, however many slots ask.
    let pending = this.#lookups.get(profile);
    if (!pending) {
      pending = this.#lookup(profile, known?.cap).finally(() => this.#lookups.delete(profile));
      this.#lookups.set(profile, pending);
    }
    return pending;
  }

  async #lookup(profile: string, previous: number | undefined): Promise<number | undefined> {
    const now = this.#o.clock.now();
    let cap: number | undefined;
    try {
      cap = await this.#o.upstream.profileMaxDuration(profile);
    } catch (error) {
      // Without the cap the provider's answer to extend shows it; retry the lookup later.
      this.#o.logger.debug({ profile, error: describeError(error) }, "profile lookup failed");
      this.#caps.set(profile, { cap: previous, at: now - TTL_MS + RETRY_MS });
      return previous;
    }
    this.#caps.set(profile, { cap, at: now });
    return cap;
  }
}
