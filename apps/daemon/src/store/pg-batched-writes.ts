// The writes every lease makes, each kind as one statement for many rows, so a burst of leases
// costs a few round trips instead of one per row (see write-batch.ts). Every statement takes the
// leader's term as $1 (the fence) and one array per column after it.
import type { OwnedSession, StoredLease } from "./store.js";
import { WriteBatch } from "./write-batch.js";

/** Runs `sql` only while the term is the leader's; `mustChange`: no row touched means fenced. */
export type FencedWrite = (sql: string, params: unknown[], mustChange: boolean) => Promise<void>;

export function batchedWrites(fenced: FencedWrite, retryAlone: (error: unknown) => boolean) {
  const batch = <T>(sql: string, columns: (items: T[]) => unknown[], mustChange: boolean) =>
    new WriteBatch<T>((items) => fenced(sql, columns(items), mustChange), retryAlone);
  return {
    leaseInserts: batch<StoredLease>(
      `INSERT INTO leases (id, key, spec, holder, ttl_seconds, created_at, expires_at)
       SELECT l.* FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::integer[], $7::bigint[], $8::bigint[]) AS l, fence`,
      (ls) => [
        ls.map((l) => l.id),
        ls.map((l) => l.key),
        ls.map((l) => JSON.stringify(l.spec)),
        ls.map((l) => l.holder),
        ls.map((l) => l.ttlSeconds),
        ls.map((l) => l.createdAt),
        ls.map((l) => l.expiresAt),
      ],
      true,
    ),
    intentInserts: batch<Omit<OwnedSession, "sessionId">>(
      `INSERT INTO intents (intent, key, spec, at, term)
       SELECT i.intent, i.key, i.spec, i.at, $1 FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::bigint[]) AS i(intent, key, spec, at), fence`,
      (is) => [
        is.map((i) => i.intent),
        is.map((i) => i.key),
        is.map((i) => JSON.stringify(i.spec)),
        is.map((i) => i.at),
      ],
      true,
    ),
    // No row changed is not a fence by itself: the intent may be gone; the store checks the term.
    createdUpdates: batch<{ intent: string; sessionId: string }>(
      `UPDATE intents SET session_id = u.session_id FROM unnest($2::text[], $3::text[]) AS u(intent, session_id), fence
       WHERE intents.intent = u.intent`,
      (us) => [us.map((u) => u.intent), us.map((u) => u.sessionId)],
      false,
    ),
  };
}
