// The notification inbox in PostgreSQL: a follower hands over what the provider sent it, the
// leader applies it. Followers answer the provider only once the row is committed, so a
// notification answered 204 survives the leader dying: whichever replica leads next reads it.
// NOTIFY (sent on commit) wakes the leader at once; its periodic sweep is the fallback.
import type pg from "pg";
import type { PgStore } from "../store/pg-store.js";
import type { QosStatus } from "../upstream/upstream.js";

/** A status change as the provider sent it, keyed by its CloudEvent source and id. */
export interface InboxEvent {
  /** CloudEvent `source` and `id`: the same pair is the same event. */
  key: string;
  /** The intent tag from the sink URL. */
  intent: string;
  sessionId: string;
  status: QosStatus;
  statusInfo: string | undefined;
  /** ms since the epoch, from the event's `time`. */
  at: number | undefined;
}

/** A pending row, in the order the leader applies them. */
export interface InboxRow extends InboxEvent {
  seq: string;
}

/** What a follower's hand-off did. */
export type HandOffResult = "forwarded" | "duplicate" | "unknown-session";

/** How long applied rows stay, so a replay of the same event id is still recognised. */
const KEEP_APPLIED = "1 day";

type Row = {
  seq: string;
  event_key: string;
  intent: string;
  session_id: string;
  status: QosStatus;
  status_info: string | null;
  at: string | null;
};

export class NotificationInbox {
  readonly #store: PgStore;
  /** NOTIFY channels are per database: the schema names the replica group. */
  readonly channel: string;

  constructor(store: PgStore, schema: string) {
    this.#store = store;
    // (A name is at most 63 bytes; two long schemas sharing a prefix only wake each other.)
    this.channel = `qodd_inbox_${schema}`.slice(0, 63);
  }

  /**
   * Stores the event for the leader, in one statement. A replay of a stored event is `duplicate`
   * (answered as the first time, even if the session has gone since); otherwise the event is
   * refused (`unknown-session`) when no intent in the database matches it, as the leader would.
   * Rejects when the database cannot be reached.
   */
  async handOff(e: InboxEvent): Promise<HandOffResult> {
    const result = await this.#store.query<{ seen: boolean; owned: boolean; inserted: number }>(
      `WITH seen AS (SELECT EXISTS (SELECT 1 FROM inbox WHERE event_key = $1) AS yes),
       owned AS (
         SELECT EXISTS (
           SELECT 1 FROM intents
           WHERE (intent = $2 AND (session_id IS NULL OR session_id = $3)) OR session_id = $3
         ) AS yes
       ),
       ins AS (
         INSERT INTO inbox (event_key, intent, session_id, status, status_info, at)
         SELECT $1, $2, $3, $4, $5, $6 FROM owned, seen WHERE owned.yes AND NOT seen.yes
         ON CONFLICT (event_key) DO NOTHING
         RETURNING seq
       ),
       wake AS (SELECT pg_notify($7, '') FROM ins)
       SELECT (SELECT yes FROM seen) AS seen, (SELECT yes FROM owned) AS owned,
         (SELECT count(*) FROM wake)::int AS inserted`,
      [e.key, e.intent, e.sessionId, e.status, e.statusInfo ?? null, e.at ?? null, this.channel],
    );
    const row = result.rows[0] as { seen: boolean; owned: boolean; inserted: number };
    if (row.inserted > 0) return "forwarded";
    // Owned but not inserted: another replica stored the same event a moment earlier.
    return row.seen || row.owned ? "duplicate" : "unknown-session";
  }

  /** The oldest rows not applied yet. */
  async pending(limit: number): Promise<InboxRow[]> {
    const result = await this.#store.query<Row>(
      `SELECT seq, event_key, intent, session_id, status, status_info, at FROM inbox
       WHERE applied_at IS NULL ORDER BY seq LIMIT $1`,
      [limit],
    );
    return result.rows.map((r) => ({
      seq: r.seq,
      key: r.event_key,
      intent: r.intent,
      sessionId: r.session_id,
      status: r.status,
      statusInfo: r.status_info ?? undefined,
      at: r.at === null ? undefined : Number(r.at),
    }));
  }

  /**
   * Marks rows applied, only while this replica still leads: a deposed leader's marks would hide
   * events from its successor. Rejects with FencedError then.
   */
  async markApplied(seqs: string[]): Promise<void> {
    await this.#store.writeAsLeader("UPDATE inbox SET applied_at = now() FROM fence WHERE seq = ANY($2::bigint[])", [
      seqs,
    ]);
  }

  /** Forgets applied rows older than a day. */
  async purge(): Promise<void> {
    await this.#store.query(`DELETE FROM inbox WHERE applied_at < now() - interval '${KEEP_APPLIED}'`);
  }

  /** Listens for new rows on a connection of its own; resolves with the connected client. */
  async listen(onRow: () => void, onLost: () => void): Promise<pg.Client> {
    const client = this.#store.newClient();
    client.on("notification", onRow);
    // An error ends the connection; the sweep connects again.
    client.on("error", () => undefined);
    client.on("end", onLost);
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }
}
