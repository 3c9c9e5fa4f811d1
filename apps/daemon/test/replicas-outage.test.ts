// The database goes away for 30 s (really stopped, while the shared virtual clock moves): every
// replica turns unready, the leader stops acting, and no call reaches the provider until the
// database is back; then one replica leads again and every session is still there, unchanged.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, type Sandbox } from "@qod/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../scripts/postgres.mjs";
import type { Daemon } from "../src/daemon.js";
import { ManualTime } from "../src/time/manual-time.js";
import { START } from "./support/harness.js";
import { advanceReplicas, startReplicas } from "./support/replica-set.js";

const COUNT = 20;
const phone = (i: number) => `+3670${String(3_000_000 + i)}`;

let dir: string;
let pg: TestPostgres;
let sandbox: Sandbox;
let time: ManualTime;
let calls = 0;
let daemons: Daemon[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "qodd-outage-"));
  pg = await startPostgres();
  sandbox = createSandbox({ logger: false, clock: { start: START } });
  for (let i = 0; i < COUNT; i++) sandbox.control.addDevice({ device: { phoneNumber: phone(i) } });
  time = new ManualTime({ now: () => sandbox.clock.now().getTime() });
  daemons = await startReplicas({
    dir,
    sandbox,
    time,
    count: 3,
    postgres: { url: pg.url, schema: "outage" },
    sessions: Array.from({ length: COUNT }, (_, i) => ({
      name: `s${i}`,
      device: { phoneNumber: phone(i) },
      profile: "QOS_L",
      serviceIpv4: "198.51.100.90",
      keepAlive: true,
    })),
    onFetch: () => {
      calls++;
    },
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  await sandbox?.close();
  pg?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const advance = (seconds: number) => advanceReplicas(daemons, sandbox, time, seconds);

const leaders = () => daemons.filter((d) => d.readiness().checks.leader);
type Held = { sessionId: string; qosStatus: string };
const held = () => sandbox.state.snapshot().sessions as unknown as Held[];

describe("database outage", () => {
  it("pauses every replica while the database is gone and resumes after, losing nothing", async () => {
    await advance(10);
    expect(leaders()).toHaveLength(1);
    expect(daemons.every((d) => d.readiness().ready)).toBe(true);
    const before = held();
    expect(before).toHaveLength(COUNT);
    expect(before.every((s) => s.qosStatus === "AVAILABLE")).toBe(true);

    pg.stop("immediate");
    await advance(2);
    // Unready, each with the database named as the reason; nobody leads.
    for (const d of daemons) {
      const r = d.readiness();
      expect(r.ready).toBe(false);
      expect(r.checks.store).toBe(false);
      expect(r.reasons?.join(" ")).toContain("database");
    }
    expect(leaders()).toHaveLength(0);
    const callsAtOutage = calls;
    await advance(30);
    expect(calls).toBe(callsAtOutage);

    pg.start();
    await advance(10);
    expect(leaders()).toHaveLength(1);
    expect(daemons.every((d) => d.readiness().ready)).toBe(true);
    const after = held();
    expect(after.map((s) => s.sessionId).sort()).toEqual(before.map((s) => s.sessionId).sort());
    expect(after.every((s) => s.qosStatus === "AVAILABLE")).toBe(true);
  }, 120_000);
});
