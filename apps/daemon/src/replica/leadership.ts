// One replica at a time reconciles. Each replica tries to take or keep the leader row every
// `renewMs`; the row lapses `ttlMs` after its holder's last renewal, so a killed leader is
// replaced within ttlMs + renewMs. A leader that cannot renew (database gone, or another
// replica took over) stops acting at once, before its row can lapse.
import { randomUUID } from "node:crypto";
import type { Clock } from "@qod/sdk";
import type { PgStore } from "../store/pg-store.js";

/** Options for Leadership. */
export interface LeadershipOptions {
  store: PgStore;
  clock: Clock;
  /** How long the leader row holds without renewal. @default 5000 */
  ttlMs?: number;
  /** How often to renew (or try to take) it. @default 1000 */
  renewMs?: number;
  /** This replica's API URL, where followers forward API requests. */
  apiUrl: () => string | undefined;
  /** Leadership won with `term`; resolves when the replica acts as leader. */
  onElected: (term: number) => Promise<void>;
  /** Leadership lost (`reason`); resolves when the replica stopped acting. */
  onDeposed: (reason: string) => Promise<void>;
}

export class Leadership {
  /** Names this process in the leader row. */
  readonly id = randomUUID();
  readonly #o: Required<LeadershipOptions>;
  #term: number | undefined;
  #cancelTimer: (() => void) | undefined;
  #running = false;
  #turn: Promise<void> | undefined;

  constructor(options: LeadershipOptions) {
    this.#o = { ttlMs: 5000, renewMs: 1000, ...options };
  }

  /** The term while this replica leads. */
  get term(): number | undefined {
    return this.#term;
  }

  /** Resolves when the attempt in flight (and what it set off) has finished. */
  async settled(): Promise<void> {
    await this.#turn;
  }

  start(): void {
    this.#running = true;
    this.#tick();
  }

  /** Stops trying; a leader resigns so a follower takes over without waiting for the row to lapse. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#cancelTimer?.();
    await this.#turn;
    if (this.#term !== undefined) {
      await this.#o.onDeposed("stopping");
      this.#term = undefined;
      await this.#o.store.resign(this.id).catch(() => undefined);
    }
  }

  /** Steps down at once (a fenced write showed another replica leads). */
  async stepDown(reason: string): Promise<void> {
    if (this.#term === undefined) return;
    this.#term = undefined;
    await this.#o.onDeposed(reason);
  }

  #tick(): void {
    if (!this.#running) return;
    this.#turn = this.#attempt().finally(() => {
      this.#turn = undefined;
      if (this.#running) this.#cancelTimer = this.#o.clock.schedule(this.#o.renewMs, () => this.#tick());
    });
  }

  async #attempt(): Promise<void> {
    let term: number | undefined;
    let reason = "another replica leads";
    try {
      term = await this.#o.store.lead(this.id, this.#o.ttlMs, this.#o.apiUrl());
    } catch (error) {
      reason = `the leader row cannot be renewed: ${(error as Error).message}`;
    }
    if (term !== undefined && term === this.#term) return;
    if (this.#term !== undefined) await this.stepDown(reason);
    if (term !== undefined && this.#running) {
      this.#term = term;
      this.#o.store.term = term;
      await this.#o.onElected(term);
    }
  }
}
