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
  it("writes a burst of leases, intents and session ids in a few statements, each one durable and fenced", async () => {
    const [a, b] = [await open("burst"), await open("burst")];
    a.term = (await a.lead("a", 60_000, undefined)) as number;
    const ids = Array.from({ length: 40 }, (_, i) => `b${i}`);
    const lease = (id: string) => ({
      id,
      key: `k-${id}`,
      spec,
      holder: id,
      ttlSeconds: 60,
      createdAt: 1,
      expiresAt: 2,
    });
    const before = a.queries;
    await Promise.all(ids.map((id) => a.recordLease(lease(id))));
    await Promise.all(ids.map((id) => a.recordIntent({ intent: `i-${id}`, key: `k-${id}`, spec, at: 1 })));
    await Promise.all(ids.map((id) => a.recordCreated(`i-${id}`, `s-${id}`)));
    // One statement for the first write of each kind, one for those queued behind it.
    expect(a.queries - before).toBeLessThanOrEqual(6);
    await b.load();
    expect([...b.leases.keys()].sort()).toEqual([...ids].sort());
    expect(ids.map((id) => b.sessions.get(`i-${id}`)?.sessionId)).toEqual(ids.map((id) => `s-${id}`));

    // Deposed: every write of a batch is refused, none is kept.
    await a.query("UPDATE leader SET expires_at = now() - interval '1 second'");
    b.term = (await b.lead("b", 60_000, undefined)) as number;
    const late = await Promise.allSettled(["x1", "x2", "x3"].map((id) => a.recordLease(lease(id))));
    expect(late.map((r) => r.status === "rejected" && r.reason instanceof FencedError)).toEqual([true, true, true]);
    await b.load();
    expect(b.leases.has("x1") || b.leases.has("x2") || b.leases.has("x3")).toBe(false);
  });

  it("keeps the other writes of a batch when one of them is refused by the database", async () => {
    const a = await open("isolated");
    a.term = (await a.lead("a", 60_000, undefined)) as number;
    await a.recordIntent({ intent: "taken", key: "k0", spec, at: 1 });
    const results = await Promise.allSettled([
      a.recordIntent({ intent: "fresh-1", key: "k1", spec, at: 1 }),
      a.recordIntent({ intent: "taken", key: "k0", spec, at: 2 }),
      a.recordIntent({ intent: "fresh-2", key: "k2", spec, at: 1 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    await a.load();
    expect([...a.sessions.keys()].sort()).toEqual(["fresh-1", "fresh-2", "taken"]);
  });
});
