import { describe, expect, it } from "vitest";
import {
  call,
  createSession,
  expectError,
  expectSessionInfo,
  newSandbox,
  PHONE,
  QOD,
  SECOND_PHONE,
  sessionBody,
} from "./helpers/sandbox.js";

const create = (sandbox: ReturnType<typeof newSandbox>, body: unknown) =>
  call(sandbox, "POST", `${QOD}/sessions`, { body });

describe("createSession validation (400 naming the field)", () => {
  const sandbox = newSandbox();
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["duration below 1", sessionBody({ duration: 0 }), "OUT_OF_RANGE", /^duration: must be >= 1$/],
    ["duration beyond int32", sessionBody({ duration: 2 ** 31 }), "OUT_OF_RANGE", /^duration: /],
    ["duration not an integer", sessionBody({ duration: 1.5 }), "INVALID_ARGUMENT", /^duration: must be integer$/],
    ["duration as a string", sessionBody({ duration: "60" }), "INVALID_ARGUMENT", /^duration: must be integer$/],
    ["missing qosProfile", sessionBody({ qosProfile: undefined }), "INVALID_ARGUMENT", /^qosProfile: is required$/],
    [
      "missing applicationServer",
      sessionBody({ applicationServer: undefined }),
      "INVALID_ARGUMENT",
      /^applicationServer: is required$/,
    ],
    [
      "empty applicationServer",
      sessionBody({ applicationServer: {} }),
      "INVALID_ARGUMENT",
      /^applicationServer: must have ipv4Address or ipv6Address$/,
    ],
    [
      "bad server IPv4",
      sessionBody({ applicationServer: { ipv4Address: "300.1.1.1" } }),
      "INVALID_ARGUMENT",
      /^applicationServer.ipv4Address: /,
    ],
    [
      "bad server IPv6",
      sessionBody({ applicationServer: { ipv6Address: ":::::" } }),
      "INVALID_ARGUMENT",
      /^applicationServer.ipv6Address: /,
    ],
    ["qosProfile too short", sessionBody({ qosProfile: "Q" }), "INVALID_ARGUMENT", /^qosProfile: /],
    ["qosProfile with spaces", sessionBody({ qosProfile: "QOS L" }), "INVALID_ARGUMENT", /^qosProfile: must match/],
    [
      "phone number with spaces",
      sessionBody({ device: { phoneNumber: "+36 721 601 234567" } }),
      "INVALID_ARGUMENT",
      /^device.phoneNumber: .*no spaces, dashes or parentheses/,
    ],
    [
      "phone number without +",
      sessionBody({ device: { phoneNumber: "36721601234567" } }),
      "INVALID_ARGUMENT",
      /^device.phoneNumber: must be E.164/,
    ],
    ["empty device", sessionBody({ device: {} }), "INVALID_ARGUMENT", /^device: must name at least one identifier$/],
    [
      "public IPv4 alone",
      sessionBody({ device: { ipv4Address: { publicAddress: "233.252.0.2" } } }),
      "INVALID_ARGUMENT",
      /^device.ipv4Address: needs privateAddress or publicPort/,
    ],
    [
      "public port out of range",
      sessionBody({ device: { ipv4Address: { publicAddress: "233.252.0.2", publicPort: 70000 } } }),
      "OUT_OF_RANGE",
      /^device.ipv4Address.publicPort: must be <= 65535$/,
    ],
    [
      "bad device IPv6",
      sessionBody({ device: { ipv6Address: "2001:db8::zz" } }),
      "INVALID_ARGUMENT",
      /^device.ipv6Address: must be an IPv6 address$/,
    ],
    [
      "device port above 65535",
      sessionBody({ devicePorts: { ports: [65536] } }),
      "OUT_OF_RANGE",
      /^devicePorts.ports\[0\]: must be <= 65535$/,
    ],
    [
      "negative server port",
      sessionBody({ applicationServerPorts: { ranges: [{ from: -1, to: 5 }] } }),
      "OUT_OF_RANGE",
      /^applicationServerPorts.ranges\[0\].from: must be >= 0$/,
    ],
    [
      "range from above to",
      sessionBody({ devicePorts: { ranges: [{ from: 9, to: 1 }] } }),
      "OUT_OF_RANGE",
      /^devicePorts.ranges\[0\]: from must not be greater than to$/,
    ],
    [
      "empty ports spec",
      sessionBody({ devicePorts: {} }),
      "INVALID_ARGUMENT",
      /^devicePorts: must have ranges or ports$/,
    ],
    ["empty ports list", sessionBody({ devicePorts: { ports: [] } }), "INVALID_ARGUMENT", /^devicePorts.ports: /],
    [
      "range missing to",
      sessionBody({ devicePorts: { ranges: [{ from: 1 }] } }),
      "INVALID_ARGUMENT",
      /^devicePorts.ranges\[0\].to: is required$/,
    ],
    // The contract's minProperties lets objects with only unknown fields through; the rule is "one of the named ones".
    [
      "applicationServer without an address",
      sessionBody({ applicationServer: { host: "x" } }),
      "INVALID_ARGUMENT",
      /^applicationServer: must have ipv4Address or ipv6Address$/,
    ],
    [
      "device without an identifier",
      sessionBody({ device: { imei: "1" } }),
      "INVALID_ARGUMENT",
      /^device: must name at least one identifier$/,
    ],
    [
      "ports spec without ranges or ports",
      sessionBody({ devicePorts: { all: true } }),
      "INVALID_ARGUMENT",
      /^devicePorts: must have ranges or ports$/,
    ],
    ["body an array", [] as unknown as Record<string, unknown>, "INVALID_ARGUMENT", /^body: must be object$/],
  ];
  for (const [name, body, code, message] of cases) {
    it(`${name} → 400 ${code}`, async () => {
      expectError(await create(sandbox, body), 400, code, message);
      expect(sandbox.state.sessionCount).toBe(0);
    });
  }
});

describe("sink and sinkCredential", () => {
  const credential = {
    credentialType: "ACCESSTOKEN",
    accessToken: "sink-token",
    accessTokenExpiresUtc: "2026-12-01T00:00:00Z",
    accessTokenType: "bearer",
  };

  it("accepts an https sink with an ACCESSTOKEN bearer credential, echoing the sink but not the credential", async () => {
    const sandbox = newSandbox();
    const session = await createSession(sandbox, { sink: "https://127.0.0.1:9/notify", sinkCredential: credential });
    expect(session.sink).toBe("https://127.0.0.1:9/notify");
    expect(JSON.stringify(session)).not.toContain("sink-token");
    expectSessionInfo(session);
  });

  it("refuses a sink that is not https with 400 INVALID_SINK", async () => {
    const sandbox = newSandbox();
    expectError(await create(sandbox, sessionBody({ sink: "http://127.0.0.1/notify" })), 400, "INVALID_SINK");
    expectError(await create(sandbox, sessionBody({ sink: "ftp://x" })), 400, "INVALID_SINK");
  });

  it("refuses PLAIN and REFRESHTOKEN credentials with 400 INVALID_CREDENTIAL", async () => {
    const sandbox = newSandbox();
    const plain = { credentialType: "PLAIN", identifier: "me", secret: "s" };
    const refresh = {
      ...credential,
      credentialType: "REFRESHTOKEN",
      refreshToken: "r",
      refreshTokenEndpoint: "https://x/t",
    };
    for (const sinkCredential of [plain, refresh])
      expectError(
        await create(sandbox, sessionBody({ sink: "https://127.0.0.1/n", sinkCredential })),
        400,
        "INVALID_CREDENTIAL",
      );
  });

  it("refuses another token type with 400 INVALID_TOKEN", async () => {
    const sandbox = newSandbox();
    const sinkCredential = { ...credential, accessTokenType: "mac" };
    expectError(
      await create(sandbox, sessionBody({ sink: "https://127.0.0.1/n", sinkCredential })),
      400,
      "INVALID_TOKEN",
    );
  });

  it("refuses a credential whose expiry has no time zone (400 INVALID_ARGUMENT)", async () => {
    const sandbox = newSandbox();
    const sinkCredential = { ...credential, accessTokenExpiresUtc: "2026-12-01T00:00:00" };
    expectError(
      await create(sandbox, sessionBody({ sink: "https://127.0.0.1/n", sinkCredential })),
      400,
      "INVALID_ARGUMENT",
      /^sinkCredential.accessTokenExpiresUtc: /,
    );
  });
});

describe("profiles and durations", () => {
  it("answers 400 INVALID_ARGUMENT for a profile the network does not offer", async () => {
    expectError(
      await create(newSandbox(), sessionBody({ qosProfile: "QOS_UNKNOWN" })),
      400,
      "INVALID_ARGUMENT",
      /^qosProfile: /,
    );
  });

  it("answers 422 QOS_PROFILE_NOT_APPLICABLE for INACTIVE and DEPRECATED profiles", async () => {
    const sandbox = newSandbox();
    for (const qosProfile of ["QOS_TEST_INACTIVE", "QOS_TEST_DEPRECATED"])
      expectError(
        await create(sandbox, sessionBody({ qosProfile })),
        422,
        "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE",
      );
  });

  it("answers 422 QOS_PROFILE_NOT_APPLICABLE for a device-restricted profile and another device", async () => {
    const sandbox = newSandbox();
    expectError(
      await create(sandbox, sessionBody({ qosProfile: "QOS_TEST_RESTRICTED" })),
      422,
      "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE",
    );
    const allowed = await createSession(sandbox, {
      qosProfile: "QOS_TEST_RESTRICTED",
      device: { phoneNumber: SECOND_PHONE },
    });
    expect(allowed.qosProfile).toBe("QOS_TEST_RESTRICTED");
  });

  it("answers 400 DURATION_OUT_OF_RANGE outside the profile's min/max, and accepts both bounds", async () => {
    const sandbox = newSandbox();
    for (const duration of [59, 3601])
      expectError(
        await create(sandbox, sessionBody({ qosProfile: "QOS_TEST_SHORT", duration })),
        400,
        "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE",
      );
    expectError(
      await create(sandbox, sessionBody({ duration: 86_401 })),
      400,
      "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE",
    );
    await createSession(sandbox, { qosProfile: "QOS_TEST_SHORT", duration: 60, devicePorts: { ports: [1] } });
    await createSession(sandbox, { qosProfile: "QOS_TEST_SHORT", duration: 3600, devicePorts: { ports: [2] } });
    await createSession(sandbox, { duration: 86_400, devicePorts: { ports: [3] } });
    expect(sandbox.state.sessionCount).toBe(3);
  });
});

describe("flow conflicts (409)", () => {
  it("refuses an overlapping flow on the same device and keeps the first session", async () => {
    const sandbox = newSandbox();
    const first = await createSession(sandbox, { applicationServer: { ipv4Address: "198.51.100.0/24" } });
    const reply = await create(sandbox, sessionBody({ applicationServer: { ipv4Address: "198.51.100.7" } }));
    expectError(reply, 409, "CONFLICT");
    expect(sandbox.state.snapshot().sessions.map((s) => s.sessionId)).toEqual([first.sessionId]);
  });

  it("allows flows that differ in server address, address family, device ports or server ports", async () => {
    const sandbox = newSandbox();
    await createSession(sandbox, {
      applicationServer: { ipv4Address: "198.51.100.0/25" },
      devicePorts: { ranges: [{ from: 5000, to: 5010 }] },
    });
    await createSession(sandbox, {
      applicationServer: { ipv4Address: "198.51.100.128/25" },
      devicePorts: { ranges: [{ from: 5000, to: 5010 }] },
    });
    await createSession(sandbox, {
      applicationServer: { ipv4Address: "198.51.100.1" },
      devicePorts: { ports: [5011] },
      applicationServerPorts: { ports: [80] },
    });
    await createSession(sandbox, { applicationServer: { ipv6Address: "2001:db8::/32" } });
    await createSession(sandbox, {
      applicationServer: { ipv4Address: "198.51.100.1" },
      applicationServerPorts: { ports: [443] },
      devicePorts: { ports: [5011] },
    });
    expect(sandbox.state.sessionCount).toBe(5);
  });

  it("detects overlap between a port range and single ports, and across IPv6 prefixes", async () => {
    const sandbox = newSandbox();
    await createSession(sandbox, {
      applicationServer: { ipv6Address: "2001:db8:85a3::/48" },
      devicePorts: { ranges: [{ from: 6000, to: 6100 }] },
    });
    expectError(
      await create(
        sandbox,
        sessionBody({
          applicationServer: { ipv6Address: "2001:db8:85a3:8d3:1319:8a2e:370:7344" },
          devicePorts: { ports: [7000, 6050] },
        }),
      ),
      409,
      "CONFLICT",
    );
  });

  it("treats the same flow on another device as no conflict", async () => {
    const sandbox = newSandbox();
    await createSession(sandbox);
    await createSession(sandbox, { device: { phoneNumber: SECOND_PHONE } });
    expect(sandbox.state.sessionCount).toBe(2);
  });

  it("echoes the device identifier as sent, ports and profile in the 201", async () => {
    const sandbox = newSandbox();
    const session = await createSession(sandbox, {
      device: { phoneNumber: PHONE },
      devicePorts: { ranges: [{ from: 5010, to: 5020 }], ports: [5060] },
      applicationServerPorts: { ports: [443] },
    });
    expect(session).toMatchObject({
      device: { phoneNumber: PHONE },
      devicePorts: { ranges: [{ from: 5010, to: 5020 }], ports: [5060] },
      applicationServerPorts: { ports: [443] },
    });
    expectSessionInfo(session);
  });

  it("ignores fields the contract does not name, and never echoes them", async () => {
    const sandbox = newSandbox();
    const session = await createSession(sandbox, { extra: "x", device: { phoneNumber: PHONE, color: "red" } });
    expect(session).not.toHaveProperty("extra");
    expect(session.device).toEqual({ phoneNumber: PHONE });
  });
});
