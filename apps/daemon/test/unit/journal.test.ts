import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Journal, JournalError } from "../../src/store/journal.js";
import { StateStore } from "../../src/store/state-store.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "qodd-journal-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const spec = { device: { phoneNumber: "+36721601234567" }, profile: "QOS_L", serviceIpv4: "198.51.100.1" };

describe("journal", () => {
  it("keeps every entry appended concurrently, in order, across a reopen", async () => {
    const file = join(dir, "j.jsonl");
    const { journal } = await Journal.open(file);
    await Promise.all(Array.from({ length: 500 }, (_, i) => journal.append({ i })));
    await journal.close();
    const reopened = await Journal.open(file);
    await reopened.journal.close();
    expect(reopened.contents.entries).toEqual(Array.from({ length: 500 }, (_, i) => ({ i })));
    expect(reopened.contents.tornTail).toBe(false);
  });

  it("drops a torn last line, cuts it off the file, and appends after it cleanly", async () => {
    const file = join(dir, "j.jsonl");
    const first = await Journal.open(file);
    await first.journal.append({ n: 1 });
    await first.journal.close();
    appendFileSync(file, '{"n":2,"half'); // a write cut short by kill -9
    const second = await Journal.open(file);
    expect(second.contents).toEqual({ entries: [{ n: 1 }], tornTail: true });
    await second.journal.append({ n: 3 });
    await second.journal.close();
    const third = await Journal.open(file);
    await third.journal.close();
    expect(third.contents.entries).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("refuses a file damaged in the middle, or not a journal, and leaves it untouched", async () => {
    const damaged = join(dir, "damaged.jsonl");
    const text = '{"journal":"qodd","version":1}\n{"n":1}\nnot json\n{"n":2}\n';
    writeFileSync(damaged, text);
    await expect(Journal.open(damaged)).rejects.toThrow(JournalError);
    expect(readFileSync(damaged, "utf8")).toBe(text);

    const foreign = join(dir, "foreign.jsonl");
    writeFileSync(foreign, '{"hello":"world"}\n');
    await expect(Journal.open(foreign)).rejects.toThrow(/not a qodd journal/);
    expect(readFileSync(foreign, "utf8")).toBe('{"hello":"world"}\n');
  });
});

describe("state store", () => {
  it("replays intents, ids, leases and releases after a reopen", async () => {
    const store = await StateStore.open({ dir });
    await store.recordIntent({ intent: "i1", key: "k1", spec, at: 1 });
    await store.recordCreated("i1", "s1");
    await store.recordIntent({ intent: "i2", key: "k2", spec, at: 2 }); // answer never came
    await store.recordIntent({ intent: "i3", key: "k3", spec, at: 3 });
    await store.recordGone("i3");
    await store.recordLease({
      id: "l1",
      key: "k1",
      spec,
      holder: "app",
      ttlSeconds: 60,
      createdAt: 0,
      expiresAt: 60_000,
    });
    await store.recordRenewal("l1", 90_000);
    await store.recordLease({
      id: "l2",
      key: "k1",
      spec,
      holder: "app",
      ttlSeconds: 60,
      createdAt: 0,
      expiresAt: 60_000,
    });
    await store.recordRelease("l2");
    await store.close();

    const again = await StateStore.open({ dir });
    expect([...again.sessions.values()]).toEqual([
      { intent: "i1", key: "k1", spec, at: 1, sessionId: "s1" },
      { intent: "i2", key: "k2", spec, at: 2 },
    ]);
    expect([...again.leases.values()].map((l) => [l.id, l.expiresAt])).toEqual([["l1", 90_000]]);
    await again.close();
  });

  it("compacts the journal as it grows, keeping the live state", async () => {
    const store = await StateStore.open({ dir, compactSlack: 50 });
    for (let i = 0; i < 400; i++) {
      await store.recordIntent({ intent: `i${i}`, key: `k${i}`, spec, at: i });
      await store.recordCreated(`i${i}`, `s${i}`);
      if (i % 4 !== 0) await store.recordGone(`i${i}`);
    }
    await store.compact();
    await store.close();
    const lines = readFileSync(join(dir, "journal.jsonl"), "utf8").trim().split("\n");
    expect(lines.length).toBe(1 + 100); // the header and the 100 live sessions
    const again = await StateStore.open({ dir });
    expect(again.sessions.size).toBe(100);
    expect(again.sessions.get("i396")?.sessionId).toBe("s396");
    await again.close();
  });
});
