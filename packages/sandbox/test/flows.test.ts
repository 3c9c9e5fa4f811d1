import { describe, expect, it } from "vitest";
import { flowsOverlap, portSetsIntersect, toFlow, toPortSet } from "../src/domain/flows.js";
import { ipv4Range, ipv6Key, ipv6Range, parseIpv6 } from "../src/domain/ip.js";

describe("IP ranges", () => {
  it("parses IPv4 addresses and prefixes", () => {
    expect(ipv4Range("198.51.100.7/24")).toEqual({ first: 0xc6336400n, last: 0xc63364ffn });
    expect(ipv4Range("10.0.0.1")).toEqual({ first: 0x0a000001n, last: 0x0a000001n });
    expect(ipv4Range("0.0.0.0/0")).toEqual({ first: 0n, last: 0xffffffffn });
    for (const bad of ["256.0.0.1", "1.2.3", "1.2.3.4/33", "01.2.3.4", "1.2.3.4/"])
      expect(ipv4Range(bad)).toBeUndefined();
  });

  it("parses IPv6 in full, compressed and IPv4-embedded forms", () => {
    expect(ipv6Key("2001:db8::1")).toBe(ipv6Key("2001:0DB8:0000:0000:0000:0000:0000:0001"));
    expect(parseIpv6("::")).toBe(0n);
    expect(parseIpv6("::1")).toBe(1n);
    expect(parseIpv6("::ffff:192.0.2.1")).toBe((0xffffn << 32n) | 0xc0000201n);
    expect(parseIpv6("1:2:3:4:5:6:192.0.2.1")).toBeDefined();
    for (const bad of [":::", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "g::1", "::1.2.3"])
      expect(parseIpv6(bad), bad).toBeUndefined();
    expect(ipv6Range("2001:db8::/32")).toEqual({
      first: 0x20010db8n << 96n,
      last: (0x20010db8n << 96n) | ((1n << 96n) - 1n),
    });
  });
});

describe("ports and flows", () => {
  it("merges ports into sorted intervals and intersects them linearly", () => {
    expect(
      toPortSet({
        ports: [5, 3, 4],
        ranges: [
          { from: 10, to: 20 },
          { from: 15, to: 25 },
        ],
      }),
    ).toEqual([3, 5, 10, 25]);
    expect(toPortSet(undefined)).toEqual([0, 65535]);
    expect(portSetsIntersect([1, 2, 10, 12], [3, 9, 12, 13])).toBe(true);
    expect(portSetsIntersect([1, 2, 10, 11], [3, 9, 12, 13])).toBe(false);
  });

  it("overlaps only when an address family and both port sets intersect", () => {
    const a = toFlow({ ipv4Address: "10.0.0.0/8", ipv6Address: "2001:db8::/32" }, { ports: [1] });
    expect(flowsOverlap(a, toFlow({ ipv6Address: "2001:db8:1::1" }))).toBe(true);
    expect(flowsOverlap(a, toFlow({ ipv6Address: "2001:db9::1" }))).toBe(false);
    expect(flowsOverlap(a, toFlow({ ipv4Address: "10.1.2.3" }, { ports: [2] }))).toBe(false);
    expect(flowsOverlap(a, toFlow({ ipv4Address: "10.1.2.3" }, undefined, { ports: [443] }))).toBe(true);
  });
});
