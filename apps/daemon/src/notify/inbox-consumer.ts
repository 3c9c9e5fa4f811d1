// On the leader: applies what followers put in the notification inbox, oldest first. It wakes on
// the inbox's NOTIFY (milliseconds after a follower's commit) and sweeps every `sweepMs` in case a
// wake-up was missed (the listening connection dropped); a new leader drains at once, so nothing
// a follower accepted while no replica led, or while the old leader was dying, is left behind.
// Why NOTIFY and not the sweep (or the reconcile loop) alone: an event is applied milliseconds
// after the provider sent it to a follower (bench/follower-notifications.mjs); a 5 s sweep alone
// averages 2.5 s, and a faster one would query an idle database several times a second.
import type { Clock } from "@qod/sdk";
import type pg from "pg";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import type { InboxEvent, NotificationInbox } from "./inbox.js";

/** Options for InboxConsumer. */
export interface InboxConsumerOptions {
  inbox: NotificationInbox;
  clock: Clock;
  /** Hands one event to the reconciler: false for a session it does not own, "retry" when not leading. */
  apply: (event: InboxEvent) => boolean | "retry";
  metrics: DaemonMetrics;
  logger: Logger;
  /** The fallback sweep's interval. @default 5000 */
  sweepMs?: number;
  /** Rows read per query. @default 100 */
  batch?: number;
}

const PURGE_EVERY_MS = 3_600_000;

export class InboxConsumer {
  readonly #o: Required<InboxConsumerOptions>;
  #running = false;
  #listener: pg.Client | undefined;
  #connecting: Promise<void> | undefined;
  #cancelSweep: (() => void) | undefined;
  #draining: Promise<void> | undefined;
  #again = false;
  #purgedAt = Number.NEGATIVE_INFINITY;

  constructor(options: InboxConsumerOptions) {
    this.#o = { sweepMs: 5000, batch: 100, ...options };
  }

  start(): void {
    this.#running = true;
    this.#connect();
    this.wake();
    this.#armSweep();
  }

  /** Stops applying; resolves when the drain in flight has finished and the connection is closed. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#cancelSweep?.();
    await this.#connecting;
    const listener = this.#listener;
    this.#listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.#draining;
  }

  /** Resolves when no drain is in flight. */
  async settled(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  /** Applies what is pending (again, if a drain is already running, so nothing new waits for a sweep). */
  wake(): void {
    if (!this.#running) return;
    if (this.#draining) {
      this.#again = true;
      return;
    }
    this.#draining = this.#drain().finally(() => {
      this.#draining = undefined;
    });
  }

  async #drain(): Promise<void> {
    do {
      this.#again = false;
      try {
        while (this.#running && (await this.#applyBatch()));
      } catch (error) {
        // The database is down or another replica leads now: the sweep (or the next leader) retries.
        this.#o.logger.warn({ reason: (error as Error).message }, "notification inbox: could not apply, will retry");
        return;
      }
    } while (this.#again && this.#running);
  }

  // Applies one batch; true when a full batch was read (more may be waiting).
  async #applyBatch(): Promise<boolean> {
    const rows = await this.#o.inbox.pending(this.#o.batch);
    const applied: string[] = [];
    for (const row of rows) {
      const known = this.#o.apply(row);
      if (known === "retry") break; // no longer leading: leave the rest to the next leader
      applied.push(row.seq);
      if (known) {
        this.#o.metrics.notifications.inc({ result: "accepted" });
        this.#o.logger.info(
          { sessionId: row.sessionId, qosStatus: row.status, statusInfo: row.statusInfo, via: "inbox" },
          "notification",
        );
      } else {
        this.#o.metrics.notifications.inc({ result: "unknown-session" });
      }
    }
    // Applied before marked: a crash in between applies the event again, which changes nothing
    // (a status only moves forward), rather than not at all.
    if (applied.length > 0) await this.#o.inbox.markApplied(applied);
    return applied.length === this.#o.batch;
  }

  #connect(): void {
    if (this.#listener || this.#connecting || !this.#running) return;
    this.#connecting = this.#o.inbox
      .listen(
        () => this.wake(),
        () => {
          this.#listener = undefined;
        },
      )
      .then(
        async (client) => {
          if (!this.#running) {
            await client.end().catch(() => undefined);
            return;
          }
          this.#listener = client;
          // A row committed before LISTEN took effect sent its wake-up to nobody.
          this.wake();
        },
        (error: Error) => {
          this.#o.logger.warn({ reason: error.message }, "notification inbox: cannot listen, sweeping only");
        },
      )
      .finally(() => {
        this.#connecting = undefined;
      });
  }

  #armSweep(): void {
    this.#cancelSweep = this.#o.clock.schedule(this.#o.sweepMs, () => {
      if (!this.#running) return;
      this.#connect();
      this.wake();
      this.#purge();
      this.#armSweep();
    });
  }

  #purge(): void {
    const now = this.#o.clock.now();
    if (now - this.#purgedAt < PURGE_EVERY_MS) return;
    this.#purgedAt = now;
    this.#o.inbox.purge().catch(() => {
      this.#purgedAt = Number.NEGATIVE_INFINITY; // try again at the next sweep
    });
  }
}
