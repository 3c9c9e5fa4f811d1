import { describe, expect, it } from "vitest";
import { Poller } from "../../src/reconcile/poller.js";
import { ManualTime } from "../../src/time/manual-time.js";
import { UpstreamGate } from "../../src/upstream/upstream-gate.js";

function run(time: ManualTime, untilMs: number): void {
  for (let next = time.nextDue(); next !== undefined && next <= untilMs; next = time.nextDue()) {
    time.set(next);
    time.fireDue();
  }
  time.set(untilMs);
}

describe("poller", () => {
  it("never starts more than maxPerSecond checks a second, however many are due", () => {
    const time = new ManualTime({ start: 0 });
    const checks: [number, string][] = [];
    const poller = new Poller({
      clock: time,
      intervalSeconds: 300,
      maxPerSecond: 5,
      check: (id) => checks.push([time.now(), id]),
    });
    poller.start();
    for (let i = 0; i < 100; i++) poller.schedule(`s${i}`, 0);
    run(time, 10_000);
    const perSecond = new Map<number, number>();
    for (const [at] of checks) perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBe(5);
    expect(checks.length).toBe(55); // bursts at 0, 1, ..., 10 s
    // Each is checked again only after its interval.
    run(time, 299_000);
    expect(checks.filter(([, id]) => id === "s0")).toHaveLength(1);
    run(time, 301_000);
    expect(checks.filter(([, id]) => id === "s0")).toHaveLength(2);
    poller.stop();
  });
});

describe("upstream gate", () => {
  it("opens after three outage failures, probes with growing waits, and closes when a probe answers", async () => {
    const time = new ManualTime({ start: 0 });
    const probes: number[] = [];
    let up = false;
    const gate = new UpstreamGate({
      clock: time,
      random: () => 0,
      probe: async () => {
        probes.push(time.now());
        if (!up) throw new Error("down");
      },
    });
    let closed = 0;
    gate.onClose(() => closed++);
    gate.failure();
    gate.failure();
    expect(gate.isOpen).toBe(false);
    gate.failure();
    expect(gate.isOpen).toBe(true);
    for (let i = 0; i < 8; i++) {
      time.set(time.nextDue() as number);
      time.fireDue();
      await gate.settled();
    }
    expect(probes).toEqual([1000, 3000, 7000, 15_000, 31_000, 61_000, 91_000, 121_000]);
    up = true;
    time.set(time.nextDue() as number);
    time.fireDue();
    await gate.settled();
    expect(gate.isOpen).toBe(false);
    expect(gate.reachable).toBe(true);
    expect(closed).toBe(1);
    expect(time.nextDue()).toBeUndefined(); // no more probes once closed
  });
});
