// Upstream faults: the sandbox answers every other request with 503 for two hours, then fails
// everything for 60 s. No session may be lost, the daemon must not spin (the requests reaching
// the sandbox are counted), and it must report not-ready during the outage and ready after it.
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, START, startHarness } from "./support/harness.js";
import { metric } from "./support/metrics.js";

const PHONES = ["+36721601234567", "+36721601234568", "+36721601234569", "+36721601234570"];
const sessions = PHONES.flatMap((phoneNumber, i) =>
  [0, 1].map((j) => ({
    name: `s${i}-${j}`,
    device: { phoneNumber },
    profile: "QOS_M",
    serviceIpv4: `198.51.100.${60 + 2 * i + j}`,
    keepAlive: true,
  })),
);

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("upstream faults", () => {
  it("loses no session through 50% 503s and a 60 s outage, never spins, and is ready again after", async () => {
    let mode: "normal" | "half" = "normal";
    let requests = 0;
    let seq = 0;
    h = await startHarness({
      sessions,
      prepare: (sandbox) => sandbox.control.putProfile("QOS_M", { status: "ACTIVE", maxDuration: 7 * 86400 }),
      wrapFetch: (fetch, sandbox) => (request) => {
        requests++;
        // The sandbox's own fault injection, armed for every second request.
        if (mode === "half" && seq++ % 2 === 1) sandbox.control.addFault({ status: 503, count: 1 });
        return fetch(request);
      },
    });
    const harness = h;
    await h.advance(5);
    const ids = new Map(h.daemon.reconciler.views().map((v) => [v.key, v.sessionId]));
    expect([...ids.values()].every((id) => id !== undefined)).toBe(true);
    expect(ids.size).toBe(8);
    const allKept = () => {
      for (const [key, id] of ids) {
        const view = harness.daemon.reconciler.get(key);
        const upstream = harness.sandbox.state.session(id as string);
        if (view?.current?.sessionId !== id || upstream?.qosStatus !== "AVAILABLE") return false;
      }
      return true;
    };
    let breaks = 0;
    const onStep = () => {
      if (!allKept()) breaks++;
    };

    // Two fault-free hours as the baseline.
    const r0 = requests;
    await h.advance(2 * 3600, { onStep });
    const baseline = requests - r0;

    // Two hours of 50% 503s (two rounds of extensions fall in them).
    mode = "half";
    const r1 = requests;
    await h.advance(2 * 3600, { onStep });
    mode = "normal";
    const halfFaults = requests - r1;
    expect(breaks).toBe(0);
    expect(allKept()).toBe(true);
    expect(
      await metric(h.daemon, "qodd_upstream_requests_total", 'operation="extend",outcome="outage"'),
    ).toBeGreaterThan(0);
    // Failures cost retries, but boundedly: far from a loop.
    expect(halfFaults).toBeLessThan(3 * baseline);

    // A 60 s outage just before the next round of extensions (due at 4 h 55 min 1 s).
    await h.advance(START / 1000 + 4 * 3600 + 3290 - h.sandbox.clock.now().getTime() / 1000);
    expect((await h.api("/readyz")).status).toBe(200);
    h.sandbox.control.addFault({ status: 503, count: 1_000_000 });
    const r2 = requests;
    let sawNotReady = false;
    let sessionsListed = true;
    await h.advance(60, {
      maxStepSeconds: 1,
      onStep: () => {
        sawNotReady ||= !harness.daemon.readiness().ready;
        sessionsListed &&= harness.daemon.reconciler.views().filter((v) => v.sessionId !== undefined).length === 8;
      },
    });
    const duringOutage = requests - r2;
    expect(sawNotReady).toBe(true);
    expect((await h.api("/readyz")).status).toBe(503);
    expect(sessionsListed).toBe(true); // its state is kept through the outage
    // 8 extensions fail, the gate opens, then one probe (1 + 2 SDK retries) per backoff step: 1, 2, 4, 8, 16, 30 s.
    expect(duringOutage).toBeLessThanOrEqual(40);

    h.sandbox.control.clearFaults();
    await h.advance(120);
    expect((await h.api("/readyz")).status).toBe(200);
    expect(allKept()).toBe(true);
    for (const id of ids.values()) {
      const s = h.sandbox.state.session(id as string);
      // Caught up: extended past the next hour.
      expect(Date.parse(s?.expiresAt as string) - h.sandbox.clock.now().getTime()).toBeGreaterThan(3000_000);
    }
    expect(await metric(h.daemon, "qodd_lapses_total")).toBe(0);
    expect(await metric(h.daemon, "qodd_recreations_total", 'reason="expired"')).toBe(0);
  });
});
