// Three real qodd processes on one PostgreSQL, 1,000 sessions (half declared, half leased
// through any replica): kill -9 the leader while it creates them, and again while it extends
// them. Each time a follower leads within 10 s, and in the end the sandbox holds exactly one
// session per wish, each owned, none lapsed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, type Sandbox } from "@qod/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../scripts/postgres.mjs";
import { type DaemonProcess, until } from "./support/daemon-process.js";
import { PROCESS_API_TOKEN, spawnConfigured } from "./support/process-config.js";
import { makeCert, type TestCert } from "./support/tls.js";

const DECLARED = Number(process.env.QODD_REPLICA_SCALE ?? 500);
const LEASED = DECLARED;
const phone = (i: number) => `+3670${String(2_000_000 + i)}`;
const declared = Array.from({ length: DECLARED }, (_, i) => ({
  name: `d${i}`,
  device: { phoneNumber: phone(i) },
  profile: "QOS_L",
  serviceIpv4: "198.51.100.80",
  keepAlive: true,
}));
const leaseBody = (i: number) => ({
  device: { phoneNumber: phone(DECLARED + i) },
  profile: "QOS_L",
  serviceIpv4: "198.51.100.81",
  ttlSeconds: 3600,
  holder: `app-${i}`,
});

let dir: string;
let pg: TestPostgres;
let sandbox: Sandbox;
let cert: TestCert;
const replicas: DaemonProcess[] = [];
const apis = new Map<DaemonProcess, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "qodd-replicas-"));
  cert = makeCert(dir);
  pg = await startPostgres();
  sandbox = createSandbox({ logger: false, clock: { realtime: true }, notifications: { ca: cert.cert } });
  sandbox.control.putProfile("QOS_L", { status: "ACTIVE", maxDuration: 86400 });
  for (let i = 0; i < DECLARED + LEASED; i++) sandbox.control.addDevice({ device: { phoneNumber: phone(i) } });
  await sandbox.listen(0, "127.0.0.1");
}, 60_000);

afterAll(async () => {
  for (const r of replicas) r.child.kill("SIGKILL");
  await sandbox?.close();
  pg?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function spawnReplica(n: number): Promise<DaemonProcess> {
  const { replica, started } = await spawnConfigured(
    join(dir, `r${n}`),
    {
      sandboxUrl: sandbox.url as string,
      sessions: declared,
      cert,
      extra: {
        store: { postgres: { url: pg.url, schema: "replicas" } },
        // Short sessions, so extensions happen within the test.
        reconcile: { marginSeconds: 30, sessionSeconds: 60, extendSeconds: 60, concurrency: 32 },
        polling: { intervalSeconds: 20, maxPerSecond: 200 },
      },
    },
    (r) => replicas.push(r),
  );
  apis.set(replica, started.api as string);
  return replica;
}

const alive = () => replicas.filter((r) => r.child.exitCode === null && r.child.signalCode === null);
const leaderLogs = (r: DaemonProcess) => r.lines.filter((l) => l.msg === "leading: reconciling");

async function leader(after = 0): Promise<{ replica: DaemonProcess; at: number; term: number }> {
  let found: { replica: DaemonProcess; at: number; term: number } | undefined;
  await until(
    () => {
      for (const r of alive()) {
        const line = leaderLogs(r).find((l) => Number(l.term) > after);
        if (line) found = { replica: r, at: Date.parse(String(line.time)), term: Number(line.term) };
      }
      return found !== undefined;
    },
    "a leader",
    4000,
  );
  return found as { replica: DaemonProcess; at: number; term: number };
}

async function lease(i: number): Promise<string> {
  // A load balancer would send it anywhere: spread over the replicas alive, retrying through failover.
  for (let attempt = 0; attempt < 200; attempt++) {
    const targets = alive();
    const target = targets[(i + attempt) % targets.length] as DaemonProcess;
    const res = await fetch(`${apis.get(target)}/v1/leases`, {
      method: "POST",
      headers: { authorization: `Bearer ${PROCESS_API_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(leaseBody(i)),
    }).catch(() => undefined);
    if (res?.status === 201) return ((await res.json()) as { sessionId: string }).sessionId;
    if (res && res.status !== 503) throw new Error(`lease ${i}: ${res.status} ${await res.text()}`);
    await res?.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 250)); // the client's retry pacing, not a wait for state
  }
  throw new Error(`lease ${i} never succeeded`);
}

type Held = { sessionId: string; qosStatus: string; sink: string; device: { phoneNumber: string }; duration: number };
const held = () => sandbox.state.snapshot().sessions as unknown as Held[];

function checkExactlyOnePerWish(): Map<string, Held> {
  const sessions = held();
  const byPhone = new Map<string, Held>();
  for (const s of sessions) {
    expect(byPhone.has(s.device.phoneNumber), `duplicate for ${s.device.phoneNumber}`).toBe(false);
    byPhone.set(s.device.phoneNumber, s);
  }
  expect(sessions).toHaveLength(DECLARED + LEASED);
  return byPhone;
}

describe("replicas on PostgreSQL", () => {
  it("survive kill -9 of the leader during creates and during upkeep: no orphan, duplicate or lapse", async () => {
    await Promise.all([0, 1, 2].map(spawnReplica));
    const first = await leader();
    const leases = Promise.all(Array.from({ length: LEASED }, (_, i) => lease(i)));

    // 1. Kill the leader mid-creation.
    await until(() => sandbox.state.sessionCount >= (DECLARED + LEASED) / 4, "a quarter of the sessions", 60_000);
    const killedAt = Date.now();
    first.replica.child.kill("SIGKILL");
    expect(await first.replica.exited).toBe("SIGKILL");
    expect(sandbox.state.sessionCount).toBeLessThan(DECLARED + LEASED);
    const second = await leader(first.term);
    expect(second.at - killedAt).toBeLessThan(10_000);
    // As systemd would, start the killed one again: it joins as a follower.
    await spawnReplica(3);

    await leases;
    await until(
      () => held().length === DECLARED + LEASED && held().every((s) => s.qosStatus === "AVAILABLE"),
      "every session AVAILABLE",
      60_000,
    );
    const afterCreates = checkExactlyOnePerWish();

    // 2. Kill the new leader once it is extending (sessions are 60 s, extended 30 s before expiry).
    await until(() => held().some((s) => s.duration > 60), "the first extensions", 60_000);
    const killedAgainAt = Date.now();
    second.replica.child.kill("SIGKILL");
    const third = await leader(second.term);
    expect(third.at - killedAgainAt).toBeLessThan(10_000);
    // Every session extended at least once more, by the third leader: none ran out.
    await until(() => held().every((s) => s.duration >= 120), "every session extended", 90_000);

    const final = checkExactlyOnePerWish();
    for (const [phoneNumber, s] of final) {
      expect(s.qosStatus).toBe("AVAILABLE");
      // The same session throughout: nothing lapsed and was replaced.
      expect(s.sessionId).toBe(afterCreates.get(phoneNumber)?.sessionId);
    }
    // None orphaned: the leader owns every one of them (asked through a follower, which forwards).
    const follower = alive().find((r) => r !== third.replica) as DaemonProcess;
    const owned = (await (
      await fetch(`${apis.get(follower)}/v1/sessions`, { headers: { authorization: `Bearer ${PROCESS_API_TOKEN}` } })
    ).json()) as { sessionId: string }[];
    expect(new Set(owned.map((o) => o.sessionId))).toEqual(new Set([...final.values()].map((s) => s.sessionId)));
    const ready = await fetch(`${apis.get(follower)}/readyz`);
    expect(((await ready.json()) as { checks: Record<string, boolean> }).checks).toMatchObject({
      leader: false,
      store: true,
    });
  }, 300_000);
});
