import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/index.js";
import { setup } from "./support/setup.js";

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

async function refusalAsync(run: () => Promise<unknown>): Promise<ValidationError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ValidationError) return error;
  throw new Error(`expected a ValidationError, got ${String(error)}`);
}

describe("devices.get refuses bad identifiers, naming the field and the fix", () => {
  const { client, provider } = setup();

  it.each([
    ["+36 72 160 1234", "no spaces, dashes or parentheses"],
    ["+36(72)1601234", "no spaces, dashes or parentheses"],
    ["36721601234567", "start with '+'"],
    ["+0123456789", "'+', the country code"],
  ])("phone %s", (phoneNumber, hint) => {
    const error = refusal(() => client.devices.get({ phoneNumber }));
    expect(error.issues).toEqual([{ path: "device.phoneNumber", message: expect.stringContaining(hint) }]);
    expect(error.message).toContain("device.phoneNumber: phone numbers are E.164");
  });

  it("a public IPv4 address alone", () => {
    const error = refusal(() => client.devices.get({ ipv4Address: { publicAddress: "233.252.0.2" } }));
    expect(error.issues).toEqual([
      { path: "device.ipv4Address", message: expect.stringContaining("add privateAddress or publicPort") },
    ]);
  });

  it("no identifier at all", () => {
    const error = refusal(() => client.devices.get({}));
    expect(error.issues[0]?.path).toBe("device");
    expect(error.issues[0]?.message).toContain("at least one identifier");
  });

  it("a misspelt field, and every problem at once", () => {
    const error = refusal(() =>
      client.devices.get({ phonenumber: "+36721601234567", ipv6Address: "2001:db8::zz" } as never),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual(["device", "device.ipv6Address"]);
    expect(error.message).toContain("unknown field 'phonenumber'");
  });

  it("made no request", () => {
    expect(provider.requests).toHaveLength(0);
  });
});

describe("createQodSession refuses bad input before any request", () => {
  const { client, provider } = setup();
  const device = client.devices.get({ phoneNumber: "+36721601234567" });
  const good = { profile: "QOS_L", serviceIpv4: "233.252.0.2" };

  const cases: [string, Record<string, unknown>, string, string][] = [
    ["no service address", { profile: "QOS_L" }, "serviceIpv4", "serviceIpv4, serviceIpv6 or both"],
    ["a profile not in the catalogue", { ...good, profile: "QOS_XL" }, "profile", "unknown QoS profile"],
    ["duration 0", { ...good, duration: 0 }, "duration", "from 1 to 86400"],
    ["duration 86401", { ...good, duration: 86401 }, "duration", "from 1 to 86400"],
    ["duration 1.5", { ...good, duration: 1.5 }, "duration", "whole number"],
    ["port 70000", { ...good, devicePorts: { ports: [70000] } }, "devicePorts.ports[0]", "0 to 65535"],
    [
      "a range with from > to",
      { ...good, servicePorts: { ranges: [{ from: 9000, to: 8000 }] } },
      "servicePorts.ranges[0]",
      "from not above to (got 9000 > 8000)",
    ],
    ["an empty ports spec", { ...good, devicePorts: {} }, "devicePorts", "give ports, ranges or both"],
    ["an empty ports list", { ...good, devicePorts: { ports: [] } }, "devicePorts.ports", "at least one"],
    ["an http sink", { ...good, sink: "http://app.example.com/notify" }, "sink", "refuse plain http"],
    [
      "a PLAIN credential",
      {
        ...good,
        sink: "https://app.example.com/notify",
        sinkCredential: { credentialType: "PLAIN", identifier: "u", secret: "s" },
      },
      "sinkCredential.credentialType",
      "providers refuse PLAIN and REFRESHTOKEN",
    ],
    [
      "a malformed expiry",
      { ...good, sinkCredential: { accessToken: "t", accessTokenExpiresUtc: "2026-12-01 00:00" } },
      "sinkCredential.accessTokenExpiresUtc",
      "RFC 3339",
    ],
    [
      "an invalid Date expiry",
      { ...good, sinkCredential: { accessToken: "t", accessTokenExpiresUtc: new Date("nope") } },
      "sinkCredential.accessTokenExpiresUtc",
      "valid Date",
    ],
    ["a bad IPv4 server", { ...good, serviceIpv4: "233.252.0.256" }, "serviceIpv4", "IPv4 address"],
    ["a vendor field name", { ...good, notificationUrl: "https://x.example" }, "", "this SDK calls it sink"],
  ];

  it.each(cases)("%s", async (_name, input, path, hint) => {
    const error = await refusalAsync(() => device.createQodSession(input as never));
    const issue = error.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue?.message).toContain(hint);
  });

  it("never shows the sink token in a message", async () => {
    const error = await refusalAsync(() =>
      device.createQodSession({
        ...good,
        sinkCredential: { accessToken: "sink-secret-1", accessTokenType: "mac" } as never,
      }),
    );
    expect(JSON.stringify(error)).not.toContain("sink-secret-1");
    expect(error.message).not.toContain("sink-secret-1");
  });

  it("refuses a bad extension and a bad session id too", async () => {
    const extend = await refusalAsync(() => client.sessions.get("not-a-uuid"));
    expect(extend.issues[0]?.path).toBe("sessionId");
  });

  it("made no request for any of them", () => {
    expect(provider.requests).toHaveLength(0);
  });
});

describe("allowUnknownProfiles", () => {
  it("lets provider-specific names through, but still checks the wire pattern", async () => {
    const { client, provider } = setup({ allowUnknownProfiles: true });
    const device = client.devices.get({ phoneNumber: "+36721601234567" });
    await device.createQodSession({ profile: "ACME_GAMING.v2", serviceIpv4: "233.252.0.2" });
    expect(provider.calls("createSession")[0]?.body.qosProfile).toBe("ACME_GAMING.v2");
    const error = await refusalAsync(() => device.createQodSession({ profile: "a b", serviceIpv4: "233.252.0.2" }));
    expect(error.issues[0]).toEqual({ path: "profile", message: expect.stringContaining("3 to 256 characters") });
  });
});
