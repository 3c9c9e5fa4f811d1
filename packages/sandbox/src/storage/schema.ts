import type Database from "better-sqlite3";

/** The schema version this sandbox writes; older databases are migrated forward on open. */
export const SCHEMA_VERSION = 2;

/** Marks a database as a QoD sandbox state, so a foreign SQLite file is never taken for one. */
export const APPLICATION_ID = 0x514f4453; // "QODS"

// Each entry moves the schema from version i to i + 1. Never edit a released step: add one.
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE devices (id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, body TEXT NOT NULL);
   CREATE TABLE profiles (name TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, body TEXT NOT NULL);
   CREATE TABLE sessions (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, body TEXT NOT NULL);
   CREATE TABLE tokens (hash TEXT PRIMARY KEY, body TEXT NOT NULL);
   CREATE TABLE faults (ordinal INTEGER PRIMARY KEY, body TEXT NOT NULL);
   CREATE TABLE limits (client_key TEXT PRIMARY KEY, requests_per_second INTEGER NOT NULL);
   CREATE TABLE outbox (event_id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, session_id TEXT NOT NULL, body TEXT NOT NULL);
   CREATE TABLE deliveries (ordinal INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL);
   CREATE TABLE session_events (ordinal INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL);`,
  // 2: QoS Provisioning assignments.
  "CREATE TABLE assignments (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, body TEXT NOT NULL);",
];

/** Thrown when the database is not one this sandbox can use; the caller words the message. */
export class SchemaError extends Error {}

/** Refuses a database that is neither empty nor a QoD sandbox state, before anything writes to it. */
export function assertSandboxDatabase(db: Database.Database): void {
  const applicationId = db.pragma("application_id", { simple: true }) as number;
  const empty = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n === 0;
  if (applicationId !== APPLICATION_ID && !empty)
    throw new SchemaError("is an SQLite database, but not a QoD sandbox state");
}

/**
 * Creates the schema in an empty database, or migrates an older one forward, in one
 * transaction. Refuses a foreign database and one written by a newer sandbox.
 */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    assertSandboxDatabase(db);
    if ((db.pragma("application_id", { simple: true }) as number) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
    }
    const version = (db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null }).v ?? 0;
    if (version > SCHEMA_VERSION)
      throw new SchemaError(`has schema version ${version}, and this sandbox reads up to version ${SCHEMA_VERSION}`);
    const record = db.prepare("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)");
    for (let step = version; step < SCHEMA_VERSION; step++) {
      db.exec(MIGRATIONS[step] as string);
      record.run(step + 1, new Date().toISOString());
    }
  }).immediate();
}
