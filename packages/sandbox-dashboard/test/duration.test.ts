import { describe, expect, it } from "vitest";
import { formatRemaining, formatTime, parseDuration } from "../src/duration.js";

describe("parseDuration", () => {
  it("reads seconds and d/h/m/s units", () => {
    expect(parseDuration("90")).toBe(90);
    expect(parseDuration(" 45s ")).toBe(45);
    expect(parseDuration("5m")).toBe(300);
    expect(parseDuration("1h30m")).toBe(5400);
    expect(parseDuration("2D")).toBe(172_800);
  });

  it("refuses what is not a duration", () => {
    for (const text of ["", "h", "1x", "-5", "1h 30m", "5m1"]) expect(parseDuration(text), text).toBeUndefined();
  });
});

describe("formatRemaining and formatTime", () => {
  it("counts down in minutes, hours and days, never below zero", () => {
    expect(formatRemaining(600_000)).toBe("10:00");
    expect(formatRemaining(3_599_999)).toBe("59:59");
    expect(formatRemaining(3_600_000)).toBe("1:00:00");
    expect(formatRemaining(2 * 86_400_000 + 3 * 3_600_000)).toBe("2d 03:00:00");
    expect(formatRemaining(-5000)).toBe("0:00");
  });

  it("shows sandbox time in UTC to the second", () => {
    expect(formatTime(Date.parse("2026-11-21T10:00:00.900Z"))).toBe("2026-11-21 10:00:00 UTC");
  });
});
