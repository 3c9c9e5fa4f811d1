// Three in-process replicas on a real PostgreSQL with notifications on. A notification that
// reaches a follower is checked there exactly as on the leader, stored in the inbox, answered 204,
// and applied by the leader without any timer firing (the shared virtual clock stands still, so
// neither a poll nor the inbox sweep can be what delivered it). A replayed event id is applied
// once; a bad bearer is 401; a lost listening connection is made up for by the sweep; with the
// database stopped the follower answers 503, never 204.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, type Sandbox } from "@qod/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../scripts/postgres.mjs";
import type { Daemon } from "../src/daemon.js";
import { PgStore } from "../src/store/pg-store.js";
import { ManualTime } from "../src/time/manual-time.js";
import { until } from "./support/daemon-process.js";
import { START } from "./support/harness.js";
import { httpsPost } from "./support/https-post.js";
import { metric } from "./support/metrics.js";
import { advanceReplicas, startReplicas } from "./support/replica-set.js";
import { makeCert, type TestCert } from "./support/tls.js";

const SCHEMA = "inbox_test";
const phone = (i: number) => `+3670${String(4_000_000 + i)}`;

let dir: string;
let pg: TestPostgres;
let sandbox: Sandbox;
let time: ManualTime;
let cert: TestCert;
let db: PgStore;
let daemons: Daemon[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "qodd-inbox-"));
  cert = makeCert(dir);
  pg = await startPostgres();
  sandbox = createSandbox({ logger: false, clock: { start: START }, notifications: { ca: cert.cert } });
  for (let i = 0; i < 2; i++) sandbox.control.addDevice({ device: { phoneNumber: phone(i) } });
  time = new ManualTime({ now: () => sandbox.clock.now().getTime() });
  daemons = await startReplicas({
    dir,
    sandbox,
    time,
    count: 3,
    postgres: { url: pg.url, schema: SCHEMA },
    config: {
      notifications: { listen: { host: "127.0.0.1", port: 0 }, tls: { cert: cert.certFile, key: cert.keyFile } },
      // Polls an hour apart: any status change seen in this test came by notification.
      polling: { intervalSeconds: 3600, maxPerSecond: 5 },
    },
    sessions: [0, 1].map((i) => ({
      name: `s${i}`,
      device: { phoneNumber: phone(i) },
      profile: "QOS_L",
      serviceIpv4: "198.51.100.95",
      keepAlive: true,
    })),
    // The leader row holds for the whole test in database time, which runs while the virtual clock stands.
    daemon: { leadership: { ttlMs: 600_000, renewMs: 1000 } },
  });
  db = await PgStore.open({ url: pg.url, schema: SCHEMA });
}, 60_000);

afterAll(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  await db?.close();
  await sandbox?.close();
  pg?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

type Held = { sessionId: string; sink: string; device: { phoneNumber: string } };
const held = (i: number) =>
  (sandbox.state.snapshot().sessions as unknown as Held[]).find((s) => s.device.phoneNumber === phone(i)) as Held;
const sinkPath = (s: Held) => new URL(s.sink).pathname;

const event = (id: string, sessionId: string, qosStatus: string, statusInfo?: string) => ({
  id,
  source: "https://provider.example/qod",
  specversion: "1.0",
  type: "org.camaraproject.quality-on-demand.v1.qos-status-changed",
  time: new Date(time.now()).toISOString(),
  data: { sessionId, qosStatus, ...(statusInfo && { statusInfo }) },
});

describe("notifications on a follower", () => {
  it("are checked, stored, answered 204 and applied by the leader at once, each event once", async () => {
    await advanceReplicas(daemons, sandbox, time, 10);
    const leader = daemons.find((d) => d.readiness().checks.leader) as Daemon;
    const [follower, other] = daemons.filter((d) => d !== leader) as [Daemon, Daemon];
    expect(daemons.filter((d) => d.readiness().checks.leader)).toHaveLength(1);
    const view = leader.reconciler.views().find((v) => v.spec.device?.phoneNumber === phone(0));
    expect(view?.status).toBe("AVAILABLE");
    const [first, second] = [held(0), held(1)];
    const sessionId = first.sessionId;
    expect(view?.sessionId).toBe(sessionId);
    const auth = { authorization: `Bearer ${await db.secret("sink-token")}` };
    const post = (to: Daemon, body: unknown, session = first) =>
      httpsPost(`${to.notificationsUrl}${sinkPath(session)}`, body, auth, cert.cert);
    const accepted = () => metric(leader, "qodd_notifications_total", 'result="accepted"');
    const acceptedBefore = await accepted();
    const pollsBefore = await leader.metrics.registry.getSingleMetricAsString("qodd_polls_total");
    const timersBefore = time.nextDue();

    // The network ends the session; the provider's notification lands on a follower.
    const ended = event("evt-ended", sessionId, "UNAVAILABLE", "NETWORK_TERMINATED");
    expect((await post(follower, ended)).status).toBe(204);
    expect(await metric(follower, "qodd_notifications_total", 'result="forwarded"')).toBe(1);
    await until(async () => (await accepted()) === acceptedBefore + 1, "the leader to apply the forwarded event");
    const after = leader.reconciler.views().find((v) => v.spec.device?.phoneNumber === phone(0));
    expect(after?.status === "UNAVAILABLE" || after?.sessionId !== sessionId).toBe(true);
    // No timer ran: the virtual clock stood still, no poll was made.
    expect(time.nextDue()).toBe(timersBefore);
    expect(await leader.metrics.registry.getSingleMetricAsString("qodd_polls_total")).toBe(pollsBefore);

    // The provider sends it again, to either follower (after the leader replaced the session): stored
    // once, applied once. A later event is applied after anything stored before it, so once it is
    // in, the replay would have been too.
    expect((await post(other, ended)).status).toBe(204);
    expect((await post(follower, ended)).status).toBe(204);
    expect(await metric(other, "qodd_notifications_total", 'result="duplicate"')).toBe(1);
    expect(await metric(follower, "qodd_notifications_total", 'result="duplicate"')).toBe(1);
    expect((await post(other, event("evt-later", second.sessionId, "AVAILABLE"), second)).status).toBe(204);
    await until(async () => (await accepted()) >= acceptedBefore + 2, "the later event");
    expect(await accepted()).toBe(acceptedBefore + 2);
    const rows = await db.query<{ event_key: string; applied: boolean }>(
      "SELECT event_key, applied_at IS NOT NULL AS applied FROM inbox ORDER BY seq",
    );
    expect(rows.rows).toEqual([
      { event_key: JSON.stringify([ended.source, "evt-ended"]), applied: true },
      { event_key: JSON.stringify([ended.source, "evt-later"]), applied: true },
    ]);
  });

  it("refuses a wrong bearer (401), a body that is not the event (400) and a session nobody owns (410)", async () => {
    const follower = daemons.find((d) => !d.readiness().checks.leader) as Daemon;
    const url = `${follower.notificationsUrl}/v1/notifications/someone/unknown-intent`;
    const forged = event("evt-forged", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "UNAVAILABLE");
    expect((await httpsPost(url, forged, { authorization: "Bearer not-the-token" }, cert.cert)).status).toBe(401);
    expect((await httpsPost(url, forged, {}, cert.cert)).status).toBe(401);
    expect(await metric(follower, "qodd_notifications_total", 'result="unauthorized"')).toBe(2);
    const auth = { authorization: `Bearer ${await db.secret("sink-token")}` };
    expect((await httpsPost(url, { hello: "world" }, auth, cert.cert)).status).toBe(400);
    // The follower finds no intent for it in the database, as the leader would find none in memory.
    expect((await httpsPost(url, forged, auth, cert.cert)).status).toBe(410);
    expect(await metric(follower, "qodd_notifications_total", 'result="unknown-session"')).toBe(1);
    const stored = await db.query("SELECT 1 FROM inbox WHERE session_id = $1", [forged.data.sessionId]);
    expect(stored.rowCount).toBe(0);
  });

  it("falls back to the sweep when the leader's listening connection is lost, and listens again", async () => {
    const leader = daemons.find((d) => d.readiness().checks.leader) as Daemon;
    const follower = daemons.find((d) => d !== leader) as Daemon;
    const listening = async () =>
      (await db.query("SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN %'")).rowCount ?? 0;
    expect(await listening()).toBe(1);
    await db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %'");
    await until(async () => (await listening()) === 0, "the listening connection to end");
    const accepted = () => metric(leader, "qodd_notifications_total", 'result="accepted"');
    const before = await accepted();

    const session = held(1);
    const auth = { authorization: `Bearer ${await db.secret("sink-token")}` };
    const url = `${follower.notificationsUrl}${sinkPath(session)}`;
    expect((await httpsPost(url, event("evt-swept", session.sessionId, "AVAILABLE"), auth, cert.cert)).status).toBe(
      204,
    );
    // Nobody was woken, and the virtual clock stands: still waiting in the inbox.
    const pending = await db.query("SELECT 1 FROM inbox WHERE applied_at IS NULL");
    expect(pending.rowCount).toBe(1);
    expect(await accepted()).toBe(before);

    // The sweep, 5 s later on the clock, listens again and applies it.
    const swept = async () =>
      (await db.query("SELECT 1 FROM inbox WHERE event_key LIKE '%evt-swept%' AND applied_at IS NOT NULL")).rowCount;
    await advanceReplicas(daemons, sandbox, time, 5);
    await until(async () => (await swept()) === 1, "the sweep to apply the event");
    // (The clock's move also let the sandbox notify the leader directly, so count at least one more.)
    expect(await accepted()).toBeGreaterThan(before);
    await until(async () => (await listening()) === 1, "listening again");
  });

  it("answers 503 (retry later), never 204, while the database is stopped", async () => {
    const leader = daemons.find((d) => d.readiness().checks.leader) as Daemon;
    const follower = daemons.find((d) => d !== leader) as Daemon;
    const session = held(1);
    const auth = { authorization: `Bearer ${await db.secret("sink-token")}` };
    pg.stop("immediate");
    try {
      const answer = await httpsPost(
        `${follower.notificationsUrl}${sinkPath(session)}`,
        event("evt-outage", session.sessionId, "UNAVAILABLE", "NETWORK_TERMINATED"),
        auth,
        cert.cert,
      );
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 503, code: "UNAVAILABLE" });
      expect(await metric(follower, "qodd_notifications_total", 'result="unavailable"')).toBe(1);
    } finally {
      pg.start();
    }
  });
});
