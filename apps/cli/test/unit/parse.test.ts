import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli-error.js";
import { deviceFromFlags } from "../../src/parse/device.js";
import { parseDuration, parseInterval } from "../../src/parse/duration.js";
import { flagForPath } from "../../src/parse/flag-names.js";
import { formatPorts, parsePorts } from "../../src/parse/ports.js";

const limits = { min: 1, max: 86_400 };

describe("parseDuration", () => {
  it.each([
    ["90", 90],
    ["90s", 90],
    ["15m", 900],
    ["1h", 3600],
    ["24h", 86_400],
    ["1h30m", 5400],
    [" 2m ", 120],
  ])("reads %j as %i seconds", (text, seconds) => {
    expect(parseDuration("--duration", text, limits)).toBe(seconds);
  });

  it.each([
    ["0", /--duration: "0" is too short: the minimum is 1s/],
    ["25h", /--duration: "25h" is too long: the maximum is 24h \(86400 s\)/],
    ["abc", /--duration: "abc" is not a duration/],
    ["1.5h", /not a duration/],
    ["-5", /not a duration/],
    ["", /not a duration/],
    ["1500ms", /not a whole number of seconds/],
  ])("refuses %j naming the flag", (text, message) => {
    expect(() => parseDuration("--duration", text, limits)).toThrow(message);
    expect(() => parseDuration("--duration", text, limits)).toThrow(UsageError);
  });

  it("reads intervals in milliseconds, with a floor", () => {
    expect(parseInterval("--interval", "500ms")).toBe(500);
    expect(parseInterval("--interval", "2s")).toBe(2000);
    expect(() => parseInterval("--interval", "10ms")).toThrow(/--interval: "10ms" is too short: the minimum is 100ms/);
  });
});

describe("parsePorts", () => {
  it("splits single ports and ranges", () => {
    expect(parsePorts("--service-ports", "80,443,8000-8080")).toEqual({
      ports: [80, 443],
      ranges: [{ from: 8000, to: 8080 }],
    });
    expect(parsePorts("--service-ports", "5000-5010")).toEqual({ ranges: [{ from: 5000, to: 5010 }] });
    expect(parsePorts("--service-ports", " 0 , 65535 ")).toEqual({ ports: [0, 65535] });
  });

  it.each([
    ["80,,90", /--service-ports: "80,,90" has an empty entry/],
    ["", /has an empty entry/],
    ["70000", /--service-ports: "70000" is not a port/],
    ["90-80", /range 90-80 runs backwards/],
    ["http", /"http" is not a port or a range/],
    ["1-2-3", /is not a port or a range/],
  ])("refuses %j", (text, message) => {
    expect(() => parsePorts("--service-ports", text)).toThrow(message);
  });

  it("formats back for display", () => {
    expect(formatPorts({ ports: [80], ranges: [{ from: 8000, to: 8080 }] })).toBe("80,8000-8080");
    expect(formatPorts(undefined)).toBe("");
  });
});

describe("deviceFromFlags", () => {
  it("builds the SDK's device from every flag", () => {
    expect(
      deviceFromFlags(
        {
          phone: "+36721601234567",
          ipv4Public: "233.252.0.2",
          ipv4Private: "192.0.2.25",
          ipv4Port: "80",
          ipv6: "2001:db8::1",
          nai: "device@testcsp.net",
        },
        true,
      ),
    ).toEqual({
      phoneNumber: "+36721601234567",
      networkAccessIdentifier: "device@testcsp.net",
      ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25", publicPort: 80 },
      ipv6Address: "2001:db8::1",
    });
  });

  it("refuses a public IPv4 alone and parts without the public address", () => {
    expect(() => deviceFromFlags({ ipv4Public: "233.252.0.2" }, true)).toThrow(
      /^--ipv4-public: a public address alone/,
    );
    expect(() => deviceFromFlags({ ipv4Private: "192.0.2.25" }, true)).toThrow(/^--ipv4-private: needs --ipv4-public/);
    expect(() => deviceFromFlags({ ipv4Public: "233.252.0.2", ipv4Port: "x" }, true)).toThrow(/^--ipv4-port:/);
  });

  it("requires a device only when asked to", () => {
    expect(() => deviceFromFlags({}, true)).toThrow(/no device given: identify it with --phone/);
    expect(deviceFromFlags({}, false)).toBeUndefined();
  });
});

describe("flagForPath", () => {
  it.each([
    ["device.phoneNumber", "--phone"],
    ["device.ipv4Address.privateAddress", "--ipv4-private"],
    ["device.ipv4Address", "--ipv4-public"],
    ["device", "--phone"],
    ["filter.device.ipv6Address", "--ipv6"],
    ["filter.status", "--status"],
    ["profile", "--profile"],
    ["servicePorts.ranges[0]", "--service-ports"],
    ["sinkCredential.accessToken", "--sink-token"],
    ["sink", "--sink"],
    ["seconds", "--by"],
    ["sessionId", "<id>"],
    ["options.baseUrl", "--base-url"],
    ["somethingElse", "somethingElse"],
  ])("maps %s to %s", (path, flag) => {
    expect(flagForPath(path)).toBe(flag);
  });
});
