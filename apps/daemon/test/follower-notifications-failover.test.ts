// Two real qodd processes on one PostgreSQL. The leader is frozen (SIGSTOP), a follower answers a
// provider notification 204, then the leader is killed (SIGKILL) before it could apply it: the
// follower takes over and applies the event from the inbox.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, type Sandbox } from "@qod/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../scripts/postgres.mjs";
import { PgStore } from "../src/store/pg-store.js";
import { type DaemonProcess, until } from "./support/daemon-process.js";
import { httpsPost } from "./support/https-post.js";
import { spawnConfigured } from "./support/process-config.js";
import { makeCert, type TestCert } from "./support/tls.js";

const SCHEMA = "inbox_failover";
const PHONE = "+36704500001";

let dir: string;
let pg: TestPostgres;
let sandbox: Sandbox;
let cert: TestCert;
let db: PgStore;
const replicas: DaemonProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "qodd-inbox-failover-"));
  cert = makeCert(dir);
  pg = await startPostgres();
  sandbox = createSandbox({ logger: false, clock: { realtime: true }, notifications: { ca: cert.cert } });
  sandbox.control.addDevice({ device: { phoneNumber: PHONE } });
  await sandbox.listen(0, "127.0.0.1");
  db = await PgStore.open({ url: pg.url, schema: SCHEMA });
}, 60_000);

afterAll(async () => {
  for (const r of replicas) r.child.kill("SIGKILL");
  await Promise.all(replicas.map((r) => r.exited));
  await db?.close();
  await sandbox?.close();
  pg?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function spawnReplica(n: number): Promise<DaemonProcess> {
  const { replica } = await spawnConfigured(
    join(dir, `r${n}`),
    {
      sandboxUrl: sandbox.url as string,
      sessions: [
        {
          name: "cam",
          device: { phoneNumber: PHONE },
          profile: "QOS_L",
          serviceIpv4: "198.51.100.96",
          keepAlive: true,
        },
      ],
      cert,
      extra: {
        store: { postgres: { url: pg.url, schema: SCHEMA } },
        // Polls an hour apart: the status change can only come from the inbox.
        polling: { intervalSeconds: 3600, maxPerSecond: 5 },
      },
    },
    (r) => replicas.push(r),
  );
  return replica;
}

const leads = (r: DaemonProcess) => r.lines.some((l) => l.msg === "leading: reconciling");

describe("a notification accepted by a follower", () => {
  it("is applied by the next leader when the leader dies before applying it", async () => {
    const [a, b] = [await spawnReplica(0), await spawnReplica(1)];
    await until(() => leads(a) || leads(b), "a leader");
    const [leader, follower] = leads(a) ? [a, b] : [b, a];
    await until(() => sandbox.state.snapshot().sessions.length === 1, "the session");
    const session = sandbox.state.snapshot().sessions[0] as unknown as { sessionId: string; sink: string };
    const started = follower.lines.find((l) => l.msg === "qodd started") as Record<string, unknown>;
    const url = `${started.notifications as string}${new URL(session.sink).pathname}`;

    leader.child.kill("SIGSTOP");
    const answer = await httpsPost(
      url,
      {
        id: "evt-failover",
        source: "https://provider.example/qod",
        specversion: "1.0",
        type: "org.camaraproject.quality-on-demand.v1.qos-status-changed",
        data: { sessionId: session.sessionId, qosStatus: "UNAVAILABLE", statusInfo: "NETWORK_TERMINATED" },
      },
      { authorization: `Bearer ${await db.secret("sink-token")}` },
      cert.cert,
    );
    expect(answer.status).toBe(204);
    const stored = await db.query<{ applied: boolean }>("SELECT applied_at IS NOT NULL AS applied FROM inbox");
    expect(stored.rows).toEqual([{ applied: false }]);

    leader.child.kill("SIGKILL");
    expect(await leader.exited).toBe("SIGKILL");
    // The row lapses 5 s after the leader's last renewal; the follower then leads and drains the inbox.
    const fromInbox = () =>
      follower.lines.find((l) => l.msg === "notification" && l.via === "inbox" && l.sessionId === session.sessionId);
    await until(() => fromInbox() !== undefined, "the new leader to apply the event", 4000);
    expect(fromInbox()?.qosStatus).toBe("UNAVAILABLE");
    expect(leads(follower)).toBe(true);
    await until(
      async () => (await db.query("SELECT 1 FROM inbox WHERE applied_at IS NOT NULL")).rowCount === 1,
      "the row marked applied",
    );
  }, 60_000);
});
