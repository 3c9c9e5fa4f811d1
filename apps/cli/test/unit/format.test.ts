import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatProfileSpan, formatRate } from "../../src/format/profile.js";
import { renderDetails, renderTable, visibleWidth } from "../../src/format/table.js";
import { formatBoth, formatLocal, formatRemaining, formatSpan, formatUtc } from "../../src/format/time.js";
import { colorEnabled } from "../../src/io.js";

describe("time", () => {
  let tz: string | undefined;
  beforeEach(() => {
    tz = process.env.TZ;
  });
  afterEach(() => {
    process.env.TZ = tz;
  });

  it.each([
    [3552, "59m 12s"],
    [59, "59s"],
    [0, "0s"],
    [-5, "0s"],
    [3600, "1h 0m 0s"],
    [86_399, "23h 59m 59s"],
    [61.9, "1m 1s"],
  ])("remaining %d s reads %j", (seconds, text) => {
    expect(formatRemaining(seconds)).toBe(text);
  });

  it("writes spans compactly", () => {
    expect(formatSpan(5400)).toBe("1h 30m");
    expect(formatSpan(86_400)).toBe("24h");
    expect(formatSpan(90)).toBe("1m 30s");
    expect(formatSpan(0)).toBe("0s");
  });

  it("shows local time with its offset, and UTC", () => {
    process.env.TZ = "Europe/Budapest";
    const date = new Date("2025-07-01T08:59:12.345Z");
    expect(formatLocal(date)).toBe("2025-07-01 10:59:12 +02:00");
    expect(formatUtc(date)).toBe("2025-07-01T08:59:12Z");
    expect(formatBoth(date)).toBe("2025-07-01 10:59:12 +02:00 (2025-07-01T08:59:12Z)");
    process.env.TZ = "America/St_Johns";
    expect(formatLocal(new Date("2025-01-15T12:00:00Z"))).toBe("2025-01-15 08:30:00 -03:30");
  });
});

const ESC = "\x1b";

describe("tables", () => {
  it("aligns columns by what is visible, ignoring colour codes, without trailing blanks", () => {
    const green = (t: string) => `${ESC}[32m${t}${ESC}[39m`;
    const text = renderTable(
      ["ID", "STATUS", "NOTE"],
      [
        ["a", green("AVAILABLE"), ""],
        ["longer-id", "REQUESTED", "x"],
      ],
    );
    const lines = text.split("\n").map((line) => line.replaceAll(`${ESC}[32m`, "").replaceAll(`${ESC}[39m`, ""));
    expect(lines).toEqual(["ID         STATUS     NOTE", "a          AVAILABLE", "longer-id  REQUESTED  x"]);
    expect(visibleWidth(green("abc"))).toBe(3);
  });

  it("aligns detail labels", () => {
    expect(
      renderDetails([
        ["ID", "1"],
        ["Remaining", "59m 12s"],
      ]),
    ).toBe("ID         1\nRemaining  59m 12s");
  });
});

describe("profile values", () => {
  it("formats rates and spans", () => {
    expect(formatRate({ value: 10, unit: "Mbps" })).toBe("10 Mbps");
    expect(formatRate(undefined)).toBe("-");
    expect(formatProfileSpan({ value: 86_400, unit: "Seconds" })).toBe("24h");
    expect(formatProfileSpan({ value: 2, unit: "Hours" })).toBe("2h");
    expect(formatProfileSpan({ value: 20, unit: "Milliseconds" })).toBe("20ms");
  });
});

describe("colour decision", () => {
  const tty = { isTTY: true };
  it("follows NO_COLOR, then FORCE_COLOR, then the terminal", () => {
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(tty, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "0" })).toBe(false);
    expect(colorEnabled(tty, { TERM: "dumb" })).toBe(false);
  });
});
