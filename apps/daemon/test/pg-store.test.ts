// The PostgreSQL store against a real server: the schema is made at open, leadership changes
// hands only when the row lapses, and a deposed leader's writes with its old term are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../scripts/postgres.mjs";
import { FencedError, PgStore } from "../src/store/pg-store.js";

let pg: TestPostgres;
const stores: PgStore[] = [];
const open = async (schema = "fencing") => {
  const store = await PgStore.open({ url: pg.url, schema });
  stores.push(store);
  return store;
};

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  pg?.destroy();
});

const spec = { device: { phoneNumber: "+36721601234567" }, profile: "QOS_L", serviceIpv4: "198.51.100.1" };

describe("PgStore", () => {
  it("refuses a deposed leader's writes with its old term, and keeps the new leader's", async () => {
    const [a, b] = [await open(), await open()];
    a.term = (await a.lead("a", 60_000, "http://127.0.0.1:1")) as number;
    expect(a.term).toBe(1);
    // b cannot take a live row.
    expect(await b.lead("b", 60_000, "http://127.0.0.1:2")).toBeUndefined();
    await a.recordIntent({ intent: "i1", key: "k1", spec, at: 1 });

    // a's row lapses (as when a stalls past its TTL); b takes over with a new term.
    await a.query("UPDATE leader SET expires_at = now() - interval '1 second'");
    b.term = (await b.lead("b", 60_000, "http://127.0.0.1:2")) as number;
    expect(b.term).toBe(2);
    expect(await b.leaderUrl()).toBe("http://127.0.0.1:2");

    // a wakes up and writes with term 1: every kind of leader write is refused.
    await expect(a.recordIntent({ intent: "late", key: "k2", spec, at: 2 })).rejects.toBeInstanceOf(FencedError);
    await expect(a.recordCreated("i1", "stale-session")).rejects.toBeInstanceOf(FencedError);
    await expect(a.recordGone("i1")).rejects.toBeInstanceOf(FencedError);
    await expect(a.recordDone("k1", true)).rejects.toBeInstanceOf(FencedError);
    // a's renewal no longer succeeds either.
    expect(await a.lead("a", 60_000, undefined)).toBeUndefined();

    await b.recordCreated("i1", "s1");
    await b.load();
    expect([...b.sessions.values()]).toEqual([{ intent: "i1", key: "k1", spec, at: 1, sessionId: "s1" }]);
    expect(b.done.size).toBe(0);
  });

  it("gives every replica the same secrets and keeps leases", async () => {
    const [a, b] = [await open("shared"), await open("shared")];
    expect(await a.secret("sink-token")).toBe(await b.secret("sink-token"));
    expect(await a.secret("instance-id")).not.toBe(await a.secret("sink-token"));
    a.term = (await a.lead("a", 60_000, undefined)) as number;
    const lease = { id: "l1", key: "k", spec, holder: "app", ttlSeconds: 60, createdAt: 1, expiresAt: 60_001 };
    await a.recordLease(lease);
    await a.recordRenewal("l1", 90_000);
    await b.load();
    expect(b.leases.get("l1")).toEqual({ ...lease, expiresAt: 90_000 });
  });
});
