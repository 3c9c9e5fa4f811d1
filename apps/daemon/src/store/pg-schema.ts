// The tables of the PostgreSQL store, created and migrated by the daemon at start. Each
// migration runs once, in order, under an advisory lock so replicas starting together agree.
import type { PoolClient } from "pg";

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS intents (
     intent text PRIMARY KEY,
     key text NOT NULL,
     spec jsonb NOT NULL,
     at bigint NOT NULL,
     session_id text,
     term bigint NOT NULL
   );
   CREATE TABLE IF NOT EXISTS leases (
     id text PRIMARY KEY,
     key text NOT NULL,
     spec jsonb NOT NULL,
     holder text NOT NULL,
     ttl_seconds integer NOT NULL,
     created_at bigint NOT NULL,
     expires_at bigint NOT NULL
   );
   CREATE TABLE IF NOT EXISTS done (key text PRIMARY KEY);
   CREATE TABLE IF NOT EXISTS secrets (name text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE IF NOT EXISTS leader (
     id integer PRIMARY KEY CHECK (id = 1),
     holder text NOT NULL,
     term bigint NOT NULL,
     expires_at timestamptz NOT NULL,
     api_url text
   );`,
  // Notifications a follower received, for the leader to apply in `seq` order. Applied rows stay a
  // day so a replayed event id (`event_key`) is recognised; see notify/inbox.ts.
  `CREATE TABLE IF NOT EXISTS inbox (
     seq bigserial PRIMARY KEY,
     event_key text NOT NULL UNIQUE,
     intent text NOT NULL,
     session_id text NOT NULL,
     status text NOT NULL,
     status_info text,
     at bigint,
     received_at timestamptz NOT NULL DEFAULT now(),
     applied_at timestamptz
   );
   CREATE INDEX IF NOT EXISTS inbox_pending ON inbox (seq) WHERE applied_at IS NULL;
   CREATE INDEX IF NOT EXISTS intents_session ON intents (session_id);`,
];

/** Creates the schema and brings it to the newest version. */
export async function migrate(client: PoolClient, schema: string): Promise<void> {
  await client.query("SELECT pg_advisory_lock(hashtext($1))", [`qodd-migrate:${schema}`]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET search_path TO ${schema}`);
    await client.query("CREATE TABLE IF NOT EXISTS migrations (version integer PRIMARY KEY)");
    const done = await client.query<{ version: number }>("SELECT version FROM migrations");
    const applied = new Set(done.rows.map((r) => r.version));
    for (const [i, sql] of MIGRATIONS.entries()) {
      if (applied.has(i + 1)) continue;
      await client.query("BEGIN");
      await client.query(sql);
      await client.query("INSERT INTO migrations (version) VALUES ($1)", [i + 1]);
      await client.query("COMMIT");
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [`qodd-migrate:${schema}`]);
  }
}
