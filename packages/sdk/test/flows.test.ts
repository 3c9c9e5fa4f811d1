import { describe, expect, it } from "vitest";
import { flowsOverlap, ipv4Range, ipv6Range, toFlow } from "../src/index.js";

describe("flowsOverlap", () => {
  it("sees a host inside a prefix of the same family as the same flow", () => {
    expect(flowsOverlap(toFlow({ ipv4Address: "198.51.100.0/24" }), toFlow({ ipv4Address: "198.51.100.10" }))).toBe(
      true,
    );
  });

  it("keeps flows apart when the prefixes, the family or the ports differ", () => {
    const a = toFlow({ ipv4Address: "198.51.100.0/25" });
    expect(flowsOverlap(a, toFlow({ ipv4Address: "198.51.100.128" }))).toBe(false);
    expect(flowsOverlap(a, toFlow({ ipv6Address: "2001:db8::1" }))).toBe(false);
    const p443 = toFlow({ ipv4Address: "198.51.100.1" }, undefined, { ports: [443] });
    const p80 = toFlow({ ipv4Address: "198.51.100.1" }, undefined, { ranges: [{ from: 70, to: 90 }] });
    expect(flowsOverlap(p443, p80)).toBe(false);
    expect(flowsOverlap(p443, toFlow({ ipv4Address: "198.51.100.1" }))).toBe(true);
  });

  it("parses prefixes to inclusive ranges", () => {
    expect(ipv4Range("10.0.0.0/8")).toEqual({ first: 0x0a000000n, last: 0x0affffffn });
    expect(ipv6Range("2001:db8::/127")?.last).toBe(0x20010db8000000000000000000000001n);
    expect(ipv4Range("10.0.0.0/33")).toBeUndefined();
  });
});
