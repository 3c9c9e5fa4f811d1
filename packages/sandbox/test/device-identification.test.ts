import { describe, expect, it } from "vitest";
import {
  call,
  createSession,
  expectError,
  INELIGIBLE_PHONE,
  mintToken,
  NAC_PHONE,
  newSandbox,
  PHONE,
  PROFILES,
  QOD,
  sessionBody,
} from "./helpers/sandbox.js";

const create = (sandbox: ReturnType<typeof newSandbox>, body: unknown, token?: string) =>
  call(sandbox, "POST", `${QOD}/sessions`, { body, ...(token ? { token } : {}) });
const retrieve = (sandbox: ReturnType<typeof newSandbox>, body: unknown, token?: string) =>
  call(sandbox, "POST", `${QOD}/retrieve-sessions`, { body, ...(token ? { token } : {}) });

describe("2-legged tokens: the body names the device", () => {
  it("422 MISSING_IDENTIFIER without a device, for createSession and retrieve-sessions", async () => {
    const sandbox = newSandbox();
    expectError(await create(sandbox, sessionBody({ device: undefined })), 422, "MISSING_IDENTIFIER");
    expectError(await retrieve(sandbox, {}), 422, "MISSING_IDENTIFIER");
    expect(sandbox.state.sessionCount).toBe(0);
  });

  it("404 IDENTIFIER_NOT_FOUND for a device the network does not know", async () => {
    const sandbox = newSandbox();
    expectError(
      await create(sandbox, sessionBody({ device: { phoneNumber: "+99999999999" } })),
      404,
      "IDENTIFIER_NOT_FOUND",
    );
    expectError(await retrieve(sandbox, { device: { ipv6Address: "2001:db8::dead" } }), 404, "IDENTIFIER_NOT_FOUND");
  });

  it("404 IDENTIFIER_NOT_FOUND when the identifiers name different devices", async () => {
    const sandbox = newSandbox();
    const device = { phoneNumber: PHONE, ipv6Address: "2001:db8:1234:5678::2" };
    expectError(await create(sandbox, sessionBody({ device })), 404, "IDENTIFIER_NOT_FOUND");
  });

  it("422 UNSUPPORTED_IDENTIFIER when a network access identifier is the only identifier", async () => {
    const sandbox = newSandbox();
    expectError(
      await create(sandbox, sessionBody({ device: { networkAccessIdentifier: "device@testcsp.net" } })),
      422,
      "UNSUPPORTED_IDENTIFIER",
    );
    expectError(
      await create(sandbox, sessionBody({ device: { networkAccessIdentifier: "nobody@x" } })),
      422,
      "UNSUPPORTED_IDENTIFIER",
    );
  });

  it("ignores an unsupported identifier sent next to a supported one, echoing the supported one", async () => {
    const sandbox = newSandbox();
    const session = await createSession(sandbox, {
      device: { networkAccessIdentifier: "device@testcsp.net", phoneNumber: PHONE },
    });
    expect(session.device).toEqual({ phoneNumber: PHONE });
  });

  it("accepts a network access identifier for a device that supports it (Network as Code style)", async () => {
    const sandbox = newSandbox();
    const session = await createSession(sandbox, { device: { networkAccessIdentifier: "nac@testcsp.net" } });
    expect(session.device).toEqual({ networkAccessIdentifier: "nac@testcsp.net" });
    const both = await retrieve(sandbox, { device: { phoneNumber: NAC_PHONE } });
    expect(both.body).toHaveLength(1);
  });

  it("422 SERVICE_NOT_APPLICABLE for an ineligible device", async () => {
    const sandbox = newSandbox();
    expectError(
      await create(sandbox, sessionBody({ device: { phoneNumber: INELIGIBLE_PHONE } })),
      422,
      "SERVICE_NOT_APPLICABLE",
    );
    expectError(await retrieve(sandbox, { device: { phoneNumber: INELIGIBLE_PHONE } }), 422, "SERVICE_NOT_APPLICABLE");
  });

  it("echoes exactly one identifier when several are sent (phone number first)", async () => {
    const sandbox = newSandbox();
    const session = await createSession(sandbox, {
      device: {
        ipv6Address: "2001:db8:1234:5678:9abc:def0:fedc:ba98",
        ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" },
        phoneNumber: PHONE,
      },
    });
    expect(session.device).toEqual({ phoneNumber: PHONE });
  });

  it("identifies by IPv4 with a private address or a public port, and by IPv6 in any notation", async () => {
    const sandbox = newSandbox();
    const byPrivate = await createSession(sandbox, {
      device: { ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" } },
      devicePorts: { ports: [1] },
    });
    expect(byPrivate.device).toEqual({ ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" } });
    await createSession(sandbox, {
      device: { ipv4Address: { publicAddress: "233.252.0.2", publicPort: 80 } },
      devicePorts: { ports: [2] },
    });
    const v6 = await createSession(sandbox, {
      device: { ipv6Address: "2001:DB8:1234:5678:9ABC:DEF0:FEDC:BA98" },
      devicePorts: { ports: [3] },
    });
    expect(v6.device).toEqual({ ipv6Address: "2001:DB8:1234:5678:9ABC:DEF0:FEDC:BA98" });
    // All three are the same device.
    expect((await retrieve(sandbox, { device: { phoneNumber: PHONE } })).body).toHaveLength(3);
    expectError(
      await create(
        sandbox,
        sessionBody({ device: { ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.99" } } }),
      ),
      404,
      "IDENTIFIER_NOT_FOUND",
    );
    expectError(
      await create(sandbox, sessionBody({ device: { ipv4Address: { publicAddress: "233.252.0.2", publicPort: 81 } } })),
      404,
      "IDENTIFIER_NOT_FOUND",
    );
  });
});

describe("3-legged tokens: the token names the device", () => {
  it("creates without a device and leaves device out of the response", async () => {
    const sandbox = newSandbox();
    const token = await mintToken(sandbox, { device: { phoneNumber: PHONE } });
    const session = await createSession(sandbox, { device: undefined }, token);
    expect(session).not.toHaveProperty("device");
    expect(sandbox.state.session(session.sessionId)?.deviceId).toBe("device-1");
    const mine = await retrieve(sandbox, {}, token);
    expect(mine.body.map((s: { sessionId: string }) => s.sessionId)).toEqual([session.sessionId]);
  });

  it("422 UNNECESSARY_IDENTIFIER when the body names a device too", async () => {
    const sandbox = newSandbox();
    const token = await mintToken(sandbox, { device: { phoneNumber: PHONE } });
    expectError(await create(sandbox, sessionBody(), token), 422, "UNNECESSARY_IDENTIFIER");
    expectError(await retrieve(sandbox, { device: { phoneNumber: PHONE } }, token), 422, "UNNECESSARY_IDENTIFIER");
    const profiles = await call(sandbox, "POST", `${PROFILES}/retrieve-qos-profiles`, {
      body: { device: { phoneNumber: PHONE } },
      token,
    });
    expectError(profiles, 422, "UNNECESSARY_IDENTIFIER");
  });

  it("422 SERVICE_NOT_APPLICABLE when the token's device is ineligible", async () => {
    const sandbox = newSandbox();
    const token = await mintToken(sandbox, { device: { phoneNumber: INELIGIBLE_PHONE } });
    expectError(await create(sandbox, sessionBody({ device: undefined }), token), 422, "SERVICE_NOT_APPLICABLE");
  });

  it("refuses to mint a token for an unknown device (404 IDENTIFIER_NOT_FOUND)", async () => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "POST", "/sandbox/v1/tokens", { body: { device: { phoneNumber: "+99999999999" } } }),
      404,
      "IDENTIFIER_NOT_FOUND",
    );
  });
});
