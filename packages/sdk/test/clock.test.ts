// The system clock is the one place the SDK touches Node's timers, so its tests replace them
// (vitest's fake timers, which refuse delays past 2^31-1 ms as Node does) instead of waiting.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSystemClock, systemClock } from "../src/index.js";

const DAY_MS = 86_400_000;

afterEach(() => {
  vi.useRealTimers();
});

describe("createSystemClock", () => {
  it("waits the whole of a delay longer than setTimeout takes (24.8 days)", () => {
    vi.useFakeTimers();
    const clock = createSystemClock();
    const fired = vi.fn();
    clock.schedule(30 * DAY_MS, fired);
    vi.advanceTimersByTime(1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * DAY_MS - 2);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledOnce();
  });

  it("cancels a long delay in any of its pieces", () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    const cancel = createSystemClock().schedule(60 * DAY_MS, fired);
    vi.advanceTimersByTime(40 * DAY_MS);
    cancel();
    vi.advanceTimersByTime(30 * DAY_MS);
    expect(fired).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("treats a negative delay as none", () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    systemClock.schedule(-5, fired);
    vi.advanceTimersByTime(0);
    expect(fired).toHaveBeenCalledOnce();
  });

  it("keeps the process alive by default, and not when told so", () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    const kept = systemClock.schedule(DAY_MS, () => undefined);
    expect(timers()).toBe(before + 1);
    kept();
    const unref = createSystemClock({ keepProcessAlive: false }).schedule(DAY_MS, () => undefined);
    expect(timers()).toBe(before);
    unref();
  });

  it("reads the wall clock", () => {
    vi.useFakeTimers({ now: Date.parse("2026-11-21T10:00:00Z") });
    expect(createSystemClock().now()).toBe(Date.parse("2026-11-21T10:00:00Z"));
  });
});
