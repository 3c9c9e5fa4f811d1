import { afterEach, describe, expect, it } from "vitest";
import { type Harness, sandboxSessions, startHarness } from "./support/harness.js";
import { metric } from "./support/metrics.js";

const PHONE = "+36721601234567";
const SECOND_PHONE = "+36721601234568";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const counter = (h: Harness, name: string, labels = "") => metric(h.daemon, name, labels);

describe("declared sessions over 48 simulated hours", () => {
  it("creates them, extends each before expiry, with zero lapses while within the profile's cap", async () => {
    h = await startHarness({
      sessions: [
        {
          name: "cam",
          device: { phoneNumber: PHONE },
          profile: "QOS_E",
          serviceIpv4: "198.51.100.10",
          keepAlive: true,
        },
        {
          name: "uplink",
          device: { phoneNumber: SECOND_PHONE },
          profile: "QOS_E",
          serviceIpv4: "198.51.100.11",
          ports: { service: { ports: [443] }, device: { ranges: [{ from: 5000, to: 5010 }] } },
          keepAlive: true,
        },
        {
          name: "batch",
          device: { phoneNumber: PHONE },
          profile: "QOS_E",
          serviceIpv4: "198.51.100.12",
          duration: 7200,
        },
      ],
      // A cap of a week: 48 h of extensions stay within it.
      prepare: (sandbox) => sandbox.control.putProfile("QOS_E", { status: "ACTIVE", maxDuration: 7 * 86400 }),
    });
    const harness = h;
    await h.advance(2);

    const byService = (ip: string) =>
      sandboxSessions(harness.sandbox).filter(
        (s) => (s.applicationServer as { ipv4Address?: string }).ipv4Address === ip,
      );
    const cam = byService("198.51.100.10");
    const uplink = byService("198.51.100.11");
    expect(cam).toHaveLength(1);
    expect(uplink).toHaveLength(1);
    expect(uplink[0]?.applicationServerPorts).toEqual({ ports: [443] });
    expect(uplink[0]?.devicePorts).toEqual({ ranges: [{ from: 5000, to: 5010 }] });
    const ids = { cam: cam[0]?.sessionId, uplink: uplink[0]?.sessionId };

    let samples = 0;
    let lapses = 0;
    await h.advance(48 * 3600, {
      onStep: () => {
        samples++;
        for (const id of Object.values(ids)) {
          const s = harness.sandbox.state.session(id as string);
          const remaining = s?.expiresAt
            ? Date.parse(s.expiresAt as string) - harness.sandbox.clock.now().getTime()
            : 0;
          if (s?.qosStatus !== "AVAILABLE" || remaining <= 0) lapses++;
        }
      },
    });

    expect(samples).toBeGreaterThan(48 * 60 - 10); // sampled at least once a simulated minute
    expect(lapses).toBe(0);
    for (const id of Object.values(ids)) {
      const s = h.sandbox.state.session(id as string);
      expect(s?.qosStatus).toBe("AVAILABLE");
      // 1 h at create plus one 1 h extension per hour.
      expect(s?.duration as number).toBeGreaterThanOrEqual(49 * 3600);
    }
    expect(await counter(h, "qodd_lapses_total")).toBe(0);
    expect(await counter(h, "qodd_extensions_total", 'outcome="ok"')).toBeGreaterThanOrEqual(2 * 48);
    expect(await counter(h, "qodd_recreations_total", 'reason="expired"')).toBe(0);

    // The finite one ran its 2 hours (created for 1 h, extended once) and was not re-created.
    const batch = byService("198.51.100.12");
    expect(batch).toHaveLength(0); // expired and removed after the sandbox's retention
    const view = h.daemon.reconciler.views().find((v) => v.holders.includes("config:batch"));
    expect(view?.status).toBe("DONE");
    expect(view?.generations).toBe(1);
  });
});
