// The HTTPS notifications endpoint: the provider's bearer credential is required, unknown
// sessions get 410, and an UNAVAILABLE is acted on at once.
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, sandboxSessions, startHarness } from "./support/harness.js";
import { httpsPost } from "./support/https-post.js";
import { metric } from "./support/metrics.js";

const PHONE = "+36721601234567";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const event = (sessionId: string, qosStatus: string, statusInfo?: string) => ({
  id: "evt-1",
  source: "https://provider.example",
  specversion: "1.0",
  type: "org.camaraproject.quality-on-demand.v1.qos-status-changed",
  time: "2026-03-01T00:10:00Z",
  data: { sessionId, qosStatus, ...(statusInfo && { statusInfo }) },
});

describe("notifications endpoint", () => {
  it("sets an https sink with a per-daemon credential and refuses a wrong or missing token with 401", async () => {
    h = await startHarness({
      notifications: true,
      sessions: [
        {
          name: "cam",
          device: { phoneNumber: PHONE },
          profile: "QOS_L",
          serviceIpv4: "198.51.100.30",
          keepAlive: true,
        },
      ],
    });
    await h.advance(5);
    const [session] = sandboxSessions(h.sandbox);
    const sessionId = session?.sessionId as string;
    const sink = session?.sink as string;
    expect(sink.startsWith(`${h.daemon.notificationsUrl}/v1/notifications/`)).toBe(true);
    // The sandbox delivered the AVAILABLE notification with the credential the daemon set.
    const delivered = h.sandbox.notifications
      .history()
      .filter((d) => d.sessionId === sessionId && d.qosStatus === "AVAILABLE" && d.outcome === "delivered");
    expect(delivered.map((d) => d.status)).toEqual([204]);

    const forged = event(sessionId, "UNAVAILABLE", "NETWORK_TERMINATED");
    const ca = h.cert?.cert as string;
    const wrong = await httpsPost(sink, forged, { authorization: "Bearer not-the-token" }, ca);
    expect(wrong.status).toBe(401);
    const missing = await httpsPost(sink, forged, {}, ca);
    expect(missing.status).toBe(401);
    expect(await metric(h.daemon, "qodd_notifications_total", 'result="unauthorized"')).toBe(2);
    // Nothing happened to the session: the forged termination was not believed.
    await h.settle();
    expect(h.sandbox.state.session(sessionId)?.qosStatus).toBe("AVAILABLE");
    expect(h.daemon.reconciler.views()[0]?.sessionId).toBe(sessionId);
    expect(h.logs.join("\n")).not.toContain("not-the-token");
  });

  it("answers 410 for a session it does not own and 400 for a body that is not the event", async () => {
    h = await startHarness({ notifications: true });
    const token = (await import("node:fs")).readFileSync(`${h.dir}/state/sink-token`, "utf8").trim();
    const url = `${h.daemon.notificationsUrl}/v1/notifications/someone/unknown`;
    const ca = h.cert?.cert as string;
    const auth = { authorization: `Bearer ${token}` };
    expect((await httpsPost(url, event("3fa85f64-5717-4562-b3fc-2c963f66afa6", "AVAILABLE"), auth, ca)).status).toBe(
      410,
    );
    expect((await httpsPost(url, { hello: "world" }, auth, ca)).status).toBe(400);
  });
});
