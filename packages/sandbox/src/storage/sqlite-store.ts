import { existsSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import type { SessionEvent } from "../events/session-events.js";
import type { DeliveryRecord } from "../notifications/notifier.js";
import { assertSandboxDatabase, migrate } from "./schema.js";
import type { StateWrite, StoredClock, StoredState } from "./state-rows.js";

/** Where the state lives: one SQLite database, in memory or in a file shared by processes. */
export interface StateStore {
  /** Runs `work` in one transaction; a writing one takes the write lock first (`BEGIN IMMEDIATE`). */
  transaction<T>(write: boolean, work: () => T): T;
  /** Bumped by every committed write, whichever process made it. Inside a transaction. */
  revision(): number;
  /** Everything, for the caches. Inside a transaction. */
  load(): StoredState;
  /** Applies one transaction's changes and bumps the revision. Inside a writing transaction. */
  save(write: StateWrite): number;
  /** The most recent delivery attempts and session events, oldest first, at most `limit`. */
  deliveries(limit: number): DeliveryRecord[];
  sessionEvents(limit: number): SessionEvent[];
  /** Whether another connection committed since the last call (cheap; no transaction needed). */
  changedElsewhere(): boolean;
  /** False for a private in-memory database: no other connection can change it. */
  readonly shared: boolean;
  close(): void;
}

export interface SqliteStoreOptions {
  /** How long a writer waits for another process's write lock, in ms. @default 15000 */
  busyTimeoutMs?: number;
  /** Rows kept in the delivery and session-event logs. */
  deliveryHistory: number;
  sessionEventHistory: number;
}

type Row = { body: string };
const parse = <T>(rows: Row[]): T[] => rows.map((row) => JSON.parse(row.body) as T);

/** Opens (creating and migrating as needed) the state database; ":memory:" for a private one. */
export function openSqliteStore(path: string, options: SqliteStoreOptions): StateStore {
  // Owner-only: the state holds sinks' credentials. SQLite gives its -wal and -shm files the same mode.
  if (path !== ":memory:" && !existsSync(path)) writeFileSync(path, "", { mode: 0o600, flag: "wx" });
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? 15_000 });
  try {
    assertSandboxDatabase(db);
    if (path !== ":memory:") db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL survives any process crash; only a power loss can drop the last commits.
    db.pragma("synchronous = NORMAL");
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, options, path !== ":memory:");
}

class SqliteStore implements StateStore {
  #db: Database.Database;
  #options: SqliteStoreOptions;
  #dataVersion: number;
  #statements;
  // One wrapper for every transaction: building one per call costs more than the work.
  #run: Database.Transaction<(work: () => unknown) => unknown>;

  readonly shared: boolean;

  constructor(db: Database.Database, options: SqliteStoreOptions, shared: boolean) {
    this.shared = shared;
    this.#db = db;
    this.#options = options;
    this.#dataVersion = this.#readDataVersion();
    this.#run = db.transaction((work: () => unknown) => work());
    this.#statements = {
      meta: db.prepare<[string], { value: string }>("SELECT value FROM meta WHERE key = ?"),
      setMeta: db.prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ),
      putDevice: db.prepare(
        "INSERT INTO devices (id, ordinal, body) VALUES (?, (SELECT coalesce(max(ordinal), 0) + 1 FROM devices), ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body",
      ),
      putProfile: db.prepare(
        "INSERT INTO profiles (name, ordinal, body) VALUES (?, (SELECT coalesce(max(ordinal), 0) + 1 FROM profiles), ?) ON CONFLICT(name) DO UPDATE SET body = excluded.body",
      ),
      putSession: db.prepare("INSERT OR REPLACE INTO sessions (id, device_id, body) VALUES (?, ?, ?)"),
      removeSession: db.prepare("DELETE FROM sessions WHERE id = ?"),
      putAssignment: db.prepare("INSERT OR REPLACE INTO assignments (id, device_id, body) VALUES (?, ?, ?)"),
      removeAssignment: db.prepare("DELETE FROM assignments WHERE id = ?"),
      putToken: db.prepare("INSERT OR REPLACE INTO tokens (hash, body) VALUES (?, ?)"),
      removeToken: db.prepare("DELETE FROM tokens WHERE hash = ?"),
      putFault: db.prepare("INSERT INTO faults (ordinal, body) VALUES (?, ?)"),
      putLimit: db.prepare("INSERT INTO limits (client_key, requests_per_second) VALUES (?, ?)"),
      putJob: db.prepare("INSERT OR REPLACE INTO outbox (event_id, ordinal, session_id, body) VALUES (?, ?, ?, ?)"),
      removeJob: db.prepare("DELETE FROM outbox WHERE event_id = ?"),
      addDelivery: db.prepare("INSERT INTO deliveries (body) VALUES (?)"),
      trimDeliveries: db.prepare("DELETE FROM deliveries WHERE ordinal <= (SELECT max(ordinal) FROM deliveries) - ?"),
      addSessionEvent: db.prepare("INSERT INTO session_events (body) VALUES (?)"),
      trimSessionEvents: db.prepare(
        "DELETE FROM session_events WHERE ordinal <= (SELECT max(ordinal) FROM session_events) - ?",
      ),
      recentDeliveries: db.prepare<[number], Row>(
        "SELECT body FROM (SELECT ordinal, body FROM deliveries ORDER BY ordinal DESC LIMIT ?) ORDER BY ordinal",
      ),
      recentSessionEvents: db.prepare<[number], Row>(
        "SELECT body FROM (SELECT ordinal, body FROM session_events ORDER BY ordinal DESC LIMIT ?) ORDER BY ordinal",
      ),
    };
  }

  transaction<T>(write: boolean, work: () => T): T {
    return (write ? this.#run.immediate(work) : this.#run.deferred(work)) as T;
  }

  revision(): number {
    return Number(this.#statements.meta.get("revision")?.value ?? 0);
  }

  load(): StoredState {
    const all = (table: string, order: string) =>
      this.#db.prepare<[], Row>(`SELECT body FROM ${table} ORDER BY ${order}`).all();
    const clock = this.#statements.meta.get("clock")?.value;
    const limits = this.#db
      .prepare<[], { client_key: string; requests_per_second: number }>(
        "SELECT client_key, requests_per_second FROM limits ORDER BY rowid",
      )
      .all()
      .map((row) =>
        row.client_key === ""
          ? { requestsPerSecond: row.requests_per_second }
          : { clientId: row.client_key, requestsPerSecond: row.requests_per_second },
      );
    return {
      clock: clock === undefined ? undefined : (JSON.parse(clock) as StoredClock),
      devices: parse(all("devices", "ordinal")),
      profiles: parse(all("profiles", "ordinal")),
      sessions: parse(all("sessions", "rowid")),
      assignments: parse(all("assignments", "rowid")),
      tokens: parse(all("tokens", "rowid")),
      faults: parse(all("faults", "ordinal")),
      limits,
      outbox: parse(all("outbox", "ordinal")),
    };
  }

  save(write: StateWrite): number {
    const s = this.#statements;
    if (write.reset)
      this.#db.exec(
        "DELETE FROM devices; DELETE FROM profiles; DELETE FROM sessions; DELETE FROM assignments; DELETE FROM tokens; DELETE FROM faults; DELETE FROM limits; DELETE FROM outbox; DELETE FROM deliveries; DELETE FROM session_events;",
      );
    if (write.clock) s.setMeta.run("clock", JSON.stringify(write.clock));
    for (const device of write.devices) s.putDevice.run(device.id, JSON.stringify(device));
    for (const profile of write.profiles) s.putProfile.run(profile.name, JSON.stringify(profile));
    for (const id of write.sessions.remove) s.removeSession.run(id);
    for (const session of write.sessions.put) s.putSession.run(session.id, session.deviceId, JSON.stringify(session));
    for (const id of write.assignments.remove) s.removeAssignment.run(id);
    for (const a of write.assignments.put) s.putAssignment.run(a.id, a.deviceId, JSON.stringify(a));
    for (const hash of write.tokens.remove) s.removeToken.run(hash);
    for (const token of write.tokens.put) s.putToken.run(token.hash, JSON.stringify(token));
    if (write.faults) {
      this.#db.exec("DELETE FROM faults");
      for (const [i, fault] of write.faults.entries()) s.putFault.run(i + 1, JSON.stringify(fault));
    }
    if (write.limits) {
      this.#db.exec("DELETE FROM limits");
      for (const limit of write.limits) s.putLimit.run(limit.clientId ?? "", limit.requestsPerSecond);
    }
    for (const id of write.outbox.remove) s.removeJob.run(id);
    for (const job of write.outbox.put) s.putJob.run(job.eventId, job.ordinal, job.sessionId, JSON.stringify(job));
    for (const record of write.deliveries.slice(-this.#options.deliveryHistory))
      s.addDelivery.run(JSON.stringify(record));
    if (write.deliveries.length > 0) s.trimDeliveries.run(this.#options.deliveryHistory);
    // Only what the log keeps: an advance over many sessions makes more marks than that.
    for (const event of write.sessionEvents.slice(-this.#options.sessionEventHistory))
      s.addSessionEvent.run(JSON.stringify(event));
    if (write.sessionEvents.length > 0) s.trimSessionEvents.run(this.#options.sessionEventHistory);
    const revision = this.revision() + 1;
    s.setMeta.run("revision", String(revision));
    return revision;
  }

  deliveries(limit: number): DeliveryRecord[] {
    return parse(this.#statements.recentDeliveries.all(limit));
  }

  sessionEvents(limit: number): SessionEvent[] {
    return parse(this.#statements.recentSessionEvents.all(limit));
  }

  changedElsewhere(): boolean {
    const version = this.#readDataVersion();
    const changed = version !== this.#dataVersion;
    this.#dataVersion = version;
    return changed;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #readDataVersion(): number {
    return this.#db.pragma("data_version", { simple: true }) as number;
  }
}
