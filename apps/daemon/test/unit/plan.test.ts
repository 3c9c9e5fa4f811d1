import { describe, expect, it } from "vitest";
import { type PlanContext, plan } from "../../src/reconcile/plan.js";
import { newTracked, Slot } from "../../src/reconcile/slot.js";

const spec = { device: { phoneNumber: "+36721601234567" }, profile: "QOS_L", serviceIpv4: "198.51.100.1" };
const H = 3600_000;
const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({
  now: 0,
  marginMs: 300_000,
  sessionSeconds: 3600,
  extendSeconds: 3600,
  cap: 86400,
  flowBlocked: false,
  recheckMs: 30_000,
  ...over,
});

function slot(holder: { keepAlive: boolean; duration?: number }, status?: "AVAILABLE" | "REQUESTED" | "UNAVAILABLE") {
  const s = new Slot("k", spec);
  s.holders.set("config:x", { id: "config:x", ...holder });
  if (status) {
    const t = newTracked("i", 0, 3600, status);
    t.sessionId = "s";
    if (status === "AVAILABLE") {
      t.startedAt = 0;
      t.expiresAt = H;
    }
    s.current = t;
  }
  return s;
}

describe("plan", () => {
  it("creates what is missing, for min(sessionSeconds, wanted total, cap)", () => {
    expect(plan(slot({ keepAlive: true }), ctx())).toEqual({ kind: "create", duration: 3600 });
    expect(plan(slot({ keepAlive: false, duration: 900 }), ctx())).toEqual({ kind: "create", duration: 900 });
    expect(plan(slot({ keepAlive: true }), ctx({ cap: 600 }))).toEqual({ kind: "create", duration: 600 });
    expect(plan(slot({ keepAlive: true }), ctx({ flowBlocked: true })).kind).toBe("wait");
  });

  it("waits until the margin before expiry, then extends within the cap", () => {
    const s = slot({ keepAlive: true }, "AVAILABLE");
    expect(plan(s, ctx({ now: 10_000 }))).toEqual({ kind: "wait", until: H - 300_000 });
    expect(plan(s, ctx({ now: H - 300_000 }))).toEqual({ kind: "extend", seconds: 3600 });
    expect(plan(s, ctx({ now: H - 300_000, cap: 5400 }))).toEqual({ kind: "extend", seconds: 1800 });
  });

  it("replaces a keep-alive session at its cap, and lets a finite one run out", () => {
    expect(plan(slot({ keepAlive: true }, "AVAILABLE"), ctx({ now: H - 1000, cap: 3600 }))).toEqual({
      kind: "replace",
    });
    const finite = slot({ keepAlive: false, duration: 3600 }, "AVAILABLE");
    expect(plan(finite, ctx({ now: H - 1000 }))).toEqual({ kind: "wait", until: H });
    expect(plan(finite, ctx({ now: H }))).toEqual({ kind: "check" });
  });

  it("ends a session that became UNAVAILABLE, and releases one nobody wants", () => {
    expect(plan(slot({ keepAlive: true }, "UNAVAILABLE"), ctx())).toEqual({ kind: "end" });
    const s = slot({ keepAlive: true }, "AVAILABLE");
    s.holders.clear();
    expect(plan(s, ctx())).toEqual({ kind: "release" });
    s.current = undefined;
    expect(plan(s, ctx())).toEqual({ kind: "drop" });
  });

  it("checks a REQUESTED session no more often than recheckMs", () => {
    const s = slot({ keepAlive: true }, "REQUESTED");
    (s.current as { checkedAt: number }).checkedAt = 3_400_000;
    expect(plan(s, ctx({ now: 3_410_000 }))).toEqual({ kind: "wait", until: 3_430_000 });
    expect(plan(s, ctx({ now: 3_430_000 }))).toEqual({ kind: "check" });
  });
});
