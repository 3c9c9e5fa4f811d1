import { describe, expect, it } from "vitest";
import { backoffMs } from "../src/http/retry.js";
import { backoffDelay } from "../src/index.js";

describe("backoffDelay", () => {
  it("doubles from the base up to the bound, from the first retry on", () => {
    const waits = [1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, { baseMs: 250, maxMs: 5000 }));
    expect(waits).toEqual([250, 500, 1000, 2000, 4000, 5000]);
    expect(backoffDelay(0, { baseMs: 250, maxMs: 5000 })).toBe(250);
    expect(backoffDelay(10_000, { baseMs: 250, maxMs: 5000 })).toBe(5000);
  });

  it("takes off at most the jitter share: 20% unless told", () => {
    expect(backoffDelay(3, { baseMs: 1000, maxMs: 30_000, random: () => 0.5 })).toBe(3600);
    expect(backoffDelay(3, { baseMs: 1000, maxMs: 30_000, random: () => 0.999 })).toBe(3201);
    expect(backoffDelay(3, { baseMs: 1000, maxMs: 30_000, random: () => 0.5, jitter: 0.25 })).toBe(3500);
  });

  it("is what the SDK's retries wait: 0.5 s, 1 s, 2 s... up to 8 s, less up to 25%", () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffMs(attempt, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
    expect(backoffMs(1, () => 0.5)).toBe(875);
    expect(backoffMs(0, () => 0, 20_000)).toBe(20_000);
  });
});
