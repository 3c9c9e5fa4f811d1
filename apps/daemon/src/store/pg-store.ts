// The PostgreSQL store for replicas. The maps hold what this process knows; writes go to the
// database at once. Writes that act for the leader (intents, session ids, gone, done) carry the
// leadership term and are refused when the term has moved on, so a deposed leader's late write
// cannot undo its successor's work.
import pg from "pg";
import { StoreUnavailableError } from "./journal.js";
import { batchedWrites } from "./pg-batched-writes.js";
import { migrate } from "./pg-schema.js";
import { newSecret } from "./secrets.js";
import type { OwnedSession, SharedSecret, Store, StoredLease } from "./store.js";

/** Pool connections per replica unless configured (store.postgres.poolSize). */
export const DEFAULT_POOL_SIZE = 10;

/** A write for a term that is no longer the leader's: the writer was deposed. */
export class FencedError extends Error {
  override name = "FencedError";
}

/** Options for PgStore.open. */
export interface PgStoreOptions {
  url: string;
  /** @default qodd */
  schema?: string;
  /** Most connections the pool opens (LISTEN connections come on top). @default 10 */
  poolSize?: number;
  /** Told when writes start failing (with the reason) and when they work again (undefined). */
  onFault?: (reason: string | undefined) => void;
}

type IntentRow = { intent: string; key: string; spec: OwnedSession["spec"]; at: string; session_id: string | null };
type LeaseRow = {
  id: string;
  key: string;
  spec: StoredLease["spec"];
  holder: string;
  ttl_seconds: number;
  created_at: string;
  expires_at: string;
};

export class PgStore implements Store {
  readonly #pool: pg.Pool;
  readonly #clientConfig: pg.ClientConfig;
  readonly #onFault: (reason: string | undefined) => void;
  readonly #sessions = new Map<string, OwnedSession>();
  readonly #leases = new Map<string, StoredLease>();
  readonly #done = new Set<string>();
  #fault: string | undefined;
  #queries = 0;
  /** The term this process leads in; fenced writes carry it. */
  term = 0;
  // The writes every lease makes, many rows per statement (pg-batched-writes.ts).
  readonly #writes = batchedWrites(
    (sql, params, mustChange) => this.#fenced(sql, params, mustChange),
    (error) => !(error instanceof FencedError || error instanceof StoreUnavailableError),
  );

  private constructor(pool: pg.Pool, clientConfig: pg.ClientConfig, options: PgStoreOptions) {
    this.#pool = pool;
    this.#clientConfig = clientConfig;
    this.#onFault = options.onFault ?? (() => undefined);
  }

  static async open(options: PgStoreOptions): Promise<PgStore> {
    const schema = options.schema ?? "qodd";
    const clientConfig: pg.ClientConfig = {
      connectionString: options.url,
      connectionTimeoutMillis: 5000,
      options: `-c search_path=${schema}`,
    };
    const pool = new pg.Pool({ ...clientConfig, max: options.poolSize ?? DEFAULT_POOL_SIZE });
    // A dropped connection is reported by the next query; an idle one failing must not end the process.
    pool.on("error", () => undefined);
    const client = await pool.connect();
    try {
      await migrate(client, schema);
    } finally {
      client.release();
    }
    return new PgStore(pool, clientConfig, options);
  }

  get sessions(): ReadonlyMap<string, OwnedSession> {
    return this.#sessions;
  }

  get leases(): ReadonlyMap<string, StoredLease> {
    return this.#leases;
  }

  get done(): ReadonlySet<string> {
    return this.#done;
  }

  get fault(): string | undefined {
    return this.#fault;
  }

  /** Queries sent so far (the benchmark reports the rate). */
  get queries(): number {
    return this.#queries;
  }

  /** Replaces the maps with the database's state (a new leader starts from it). */
  async load(): Promise<void> {
    const [intents, leases, done] = await Promise.all([
      this.query<IntentRow>("SELECT intent, key, spec, at, session_id FROM intents"),
      this.query<LeaseRow>("SELECT * FROM leases"),
      this.query<{ key: string }>("SELECT key FROM done"),
    ]);
    this.#sessions.clear();
    this.#leases.clear();
    this.#done.clear();
    for (const r of intents.rows) {
      this.#sessions.set(r.intent, {
        intent: r.intent,
        key: r.key,
        spec: r.spec,
        at: Number(r.at),
        ...(r.session_id !== null && { sessionId: r.session_id }),
      });
    }
    for (const r of leases.rows) {
      this.#leases.set(r.id, {
        id: r.id,
        key: r.key,
        spec: r.spec,
        holder: r.holder,
        ttlSeconds: r.ttl_seconds,
        createdAt: Number(r.created_at),
        expiresAt: Number(r.expires_at),
      });
    }
    for (const r of done.rows) this.#done.add(r.key);
  }

  async recordIntent(s: Omit<OwnedSession, "sessionId">): Promise<void> {
    await this.#writes.intentInserts.add({ ...s });
    this.#sessions.set(s.intent, { ...s });
  }

  async recordCreated(intent: string, sessionId: string): Promise<void> {
    const session = this.#sessions.get(intent);
    if (session) session.sessionId = sessionId;
    await this.#writes.createdUpdates.add({ intent, sessionId });
  }

  async recordGone(intent: string): Promise<void> {
    await this.#fenced("DELETE FROM intents USING fence WHERE intent = $2", [intent], false);
    this.#sessions.delete(intent);
  }

  async recordDone(key: string, done: boolean): Promise<void> {
    await this.#fenced(
      done
        ? "INSERT INTO done (key) SELECT $2 FROM fence ON CONFLICT DO NOTHING"
        : "DELETE FROM done USING fence WHERE key = $2",
      [key],
      false,
    );
    if (done) this.#done.add(key);
    else this.#done.delete(key);
  }

  async recordLease(l: StoredLease): Promise<void> {
    await this.#writes.leaseInserts.add({ ...l });
    this.#leases.set(l.id, { ...l });
  }

  async recordRenewal(id: string, expiresAt: number): Promise<void> {
    await this.#fenced("UPDATE leases SET expires_at = $3 FROM fence WHERE id = $2", [id, expiresAt], false);
    const lease = this.#leases.get(id);
    if (lease) lease.expiresAt = expiresAt;
  }

  async recordRelease(id: string): Promise<void> {
    await this.#fenced("DELETE FROM leases USING fence WHERE id = $2", [id], false);
    this.#leases.delete(id);
  }

  async secret(name: SharedSecret): Promise<string> {
    // Every replica gets the same value: the first insert wins, the others read it.
    await this.query("INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT DO NOTHING", [
      name,
      newSecret(name),
    ]);
    const row = await this.query<{ value: string }>("SELECT value FROM secrets WHERE name = $1", [name]);
    return (row.rows[0] as { value: string }).value;
  }

  /**
   * Takes or keeps leadership: succeeds when nobody leads, the lease ran out, or `holder`
   * already leads. Returns the term (a new one when leadership changed hands), or undefined.
   */
  async lead(holder: string, ttlMs: number, apiUrl: string | undefined): Promise<number | undefined> {
    const result = await this.query<{ term: string }>(
      `INSERT INTO leader AS l (id, holder, term, expires_at, api_url)
         VALUES (1, $1, 1, now() + $2 * interval '1 millisecond', $3)
       ON CONFLICT (id) DO UPDATE SET
         term = CASE WHEN l.holder = $1 THEN l.term ELSE l.term + 1 END,
         holder = $1, expires_at = EXCLUDED.expires_at, api_url = $3
       WHERE l.holder = $1 OR l.expires_at < now()
       RETURNING term`,
      [holder, ttlMs, apiUrl ?? null],
    );
    const term = result.rows[0]?.term;
    return term === undefined ? undefined : Number(term);
  }

  /** Gives leadership up at once (a clean stop), so a follower need not wait for the lease to run out. */
  async resign(holder: string): Promise<void> {
    await this.query("UPDATE leader SET expires_at = now() - interval '1 second' WHERE holder = $1", [holder]);
  }

  /** The leading replica's API URL, while one leads. */
  async leaderUrl(): Promise<string | undefined> {
    const row = await this.query<{ api_url: string | null }>(
      "SELECT api_url FROM leader WHERE id = 1 AND expires_at > now()",
    );
    return row.rows[0]?.api_url ?? undefined;
  }

  /** A connection of its own, outside the pool (for LISTEN, which holds its connection). */
  newClient(): pg.Client {
    return new pg.Client(this.#clientConfig);
  }

  /** A leader write that takes effect only while this process's term still leads. */
  writeAsLeader(sql: string, params: unknown[]): Promise<void> {
    return this.#fenced(sql, params, false);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** One query, counted; a connection failure marks the store faulty until a query succeeds. */
  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    this.#queries++;
    try {
      const result = await this.#pool.query<R>(sql, params);
      if (this.#fault !== undefined) {
        this.#fault = undefined;
        this.#onFault(undefined);
      }
      return result;
    } catch (error) {
      // Socket errors (ECONNREFUSED...) and SQL state classes 08 (connection), 57 (shutdown) and
      // 53 (resources) are the database's trouble; other SQL states are the statement's.
      const code = (error as { code?: string }).code;
      const sqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
      if (!sqlState || /^(08|57|53)/.test(code)) {
        const reason = `the database cannot be reached (${code ?? (error as Error).message})`;
        if (this.#fault === undefined) {
          this.#fault = reason;
          this.#onFault(reason);
        }
        throw new StoreUnavailableError(reason);
      }
      throw error;
    }
  }

  // The statement runs only if `term` is still the leader's (the `fence` row exists); `$1` is the term.
  async #fenced(sql: string, params: unknown[], mustChange = true): Promise<void> {
    const result = await this.query(
      `WITH fence AS (SELECT 1 FROM leader WHERE id = 1 AND term = $1 AND expires_at > now()) ${sql}`,
      [this.term, ...params],
    );
    if (result.rowCount === 0 && (mustChange || !(await this.#stillLeader()))) {
      throw new FencedError(`term ${this.term} is no longer the leader's: the write was refused`);
    }
  }

  async #stillLeader(): Promise<boolean> {
    const r = await this.query("SELECT 1 FROM leader WHERE id = 1 AND term = $1 AND expires_at > now()", [this.term]);
    return (r.rowCount ?? 0) > 0;
  }
}
