// Keep-alive sessions: a successor after the profile's cap and after a network termination,
// with the gap each one caused measured and reported.
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, sandboxSessions, startHarness } from "./support/harness.js";
import { metric } from "./support/metrics.js";

const PHONE = "+36721601234567";
const SERVICE = "198.51.100.20";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const flowSessions = (h: Harness) =>
  sandboxSessions(h.sandbox).filter((s) => (s.applicationServer as { ipv4Address?: string }).ipv4Address === SERVICE);

const available = (h: Harness) => flowSessions(h).filter((s) => s.qosStatus === "AVAILABLE");

describe.each([
  { notifications: true, label: "with notifications" },
  { notifications: false, label: "with polling only" },
])("keep-alive successors ($label)", ({ notifications }) => {
  it("replaces a session at its profile's cap, deleting the old one first, and reports the gap", async () => {
    h = await startHarness({
      notifications,
      // A 2 h cap: created for 1 h, extended once, then replaced.
      prepare: (sandbox) => sandbox.control.putProfile("QOS_S", { status: "ACTIVE", maxDuration: 7200 }),
      sessions: [
        { name: "cam", device: { phoneNumber: PHONE }, profile: "QOS_S", serviceIpv4: SERVICE, keepAlive: true },
      ],
    });
    await h.advance(5);
    const first = available(h);
    expect(first).toHaveLength(1);
    const firstId = first[0]?.sessionId as string;

    await h.advance(2 * 3600);
    const now = available(h);
    expect(now).toHaveLength(1);
    expect(now[0]?.sessionId).not.toBe(firstId);
    // The old one was deleted (not left to expire): the sandbox no longer has it at all.
    expect(h.sandbox.state.session(firstId)).toBeUndefined();
    expect(await metric(h.daemon, "qodd_recreations_total", 'reason="cap"')).toBe(1);
    expect(await metric(h.daemon, "qodd_lapses_total")).toBe(0);

    const view = h.daemon.reconciler.views()[0];
    // The gap is measured with the provider's timestamps: old deleted -> successor started = the 1 s activation.
    expect(view?.lastGapSeconds).toBe(1);
    expect(await metric(h.daemon, "qodd_successor_gap_seconds_count")).toBe(1);
    const logged = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === "successor session available");
    expect(logged?.gapSeconds).toBe(view?.lastGapSeconds);
  });

  it("creates a successor after a NETWORK_TERMINATED and measures the gap", async () => {
    h = await startHarness({
      notifications,
      config: { polling: { intervalSeconds: 60 } },
      sessions: [
        { name: "cam", device: { phoneNumber: PHONE }, profile: "QOS_L", serviceIpv4: SERVICE, keepAlive: true },
      ],
    });
    await h.advance(600);
    const firstId = available(h)[0]?.sessionId as string;
    expect(firstId).toBeDefined();

    h.sandbox.control.terminate(firstId);
    await h.settle();
    if (notifications) {
      // Acted on at once: the terminated session is already deleted and a successor requested.
      expect(h.sandbox.state.session(firstId)).toBeUndefined();
      expect(flowSessions(h).map((s) => s.qosStatus)).toEqual(["REQUESTED"]);
    }
    await h.advance(120);

    const successor = available(h);
    expect(successor).toHaveLength(1);
    expect(successor[0]?.sessionId).not.toBe(firstId);
    expect(h.sandbox.state.session(firstId)).toBeUndefined();
    expect(await metric(h.daemon, "qodd_recreations_total", 'reason="terminated"')).toBe(1);
    const gap = h.daemon.reconciler.views()[0]?.lastGapSeconds as number;
    if (notifications) expect(gap).toBe(1);
    // Polling notices within one interval (60 s), then the 1 s activation.
    else expect(gap).toBeGreaterThan(1);
    if (!notifications) expect(gap).toBeLessThanOrEqual(62);
  });
});
