import { describe, expect, it } from "vitest";
import { ALL_SCOPES } from "../src/index.js";
import {
  CONTROL,
  call,
  createSession,
  expectError,
  mintToken,
  newSandbox,
  PROFILES,
  QOD,
  sessionBody,
} from "./helpers/sandbox.js";

describe("POST /tokens", () => {
  it("mints a bearer token with defaults: client default, every scope, one hour of sandbox time", async () => {
    const sandbox = newSandbox();
    const reply = await call(sandbox, "POST", `${CONTROL}/tokens`, { raw: "", token: null });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      accessToken: expect.any(String),
      tokenType: "bearer",
      expiresAt: "2026-11-21T11:00:00Z",
    });
    const { sessionId } = await createSession(sandbox, {}, reply.body.accessToken);
    // Same client as the development token.
    expect(sandbox.state.session(sessionId)?.clientId).toBe("default");
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`)).status).toBe(200);
  });

  it("validates its body", async () => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "POST", `${CONTROL}/tokens`, { body: { scopes: ["admin"] } }),
      400,
      "INVALID_ARGUMENT",
      /^scopes\[0\]: /,
    );
    expectError(
      await call(sandbox, "POST", `${CONTROL}/tokens`, { body: { clientid: "typo" } }),
      400,
      "INVALID_ARGUMENT",
    );
    expectError(
      await call(sandbox, "POST", `${CONTROL}/tokens`, { body: { expiresIn: "soon" } }),
      400,
      "INVALID_ARGUMENT",
      /^expiresIn: /,
    );
    expect(sandbox.state.snapshot().tokens).toBe(0);
  });

  it("lists every scope by default", () => {
    expect(ALL_SCOPES).toHaveLength(10);
  });
});

describe("POST /devices", () => {
  it("registers a device that the APIs then identify, and lists it", async () => {
    const sandbox = newSandbox();
    const added = await call(sandbox, "POST", `${CONTROL}/devices`, {
      body: { device: { phoneNumber: "+4915112345678", ipv6Address: "2001:db8::99" }, eligible: true },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      id: "device-6",
      eligible: true,
      supportedIdentifiers: ["phoneNumber", "ipv4Address", "ipv6Address"],
    });
    const session = await createSession(sandbox, { device: { ipv6Address: "2001:0db8:0:0:0:0:0:99" } });
    expect(sandbox.state.session(session.sessionId)?.deviceId).toBe("device-6");
    const listed = await call(sandbox, "GET", `${CONTROL}/devices`);
    expect(listed.body.map((d: { id: string }) => d.id)).toContain("device-6");
  });

  it("registers ineligible devices and per-device supported identifiers", async () => {
    const sandbox = newSandbox();
    await call(sandbox, "POST", `${CONTROL}/devices`, {
      body: { device: { phoneNumber: "+4915100000001" }, eligible: false },
    });
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions`, {
        body: sessionBody({ device: { phoneNumber: "+4915100000001" } }),
      }),
      422,
      "SERVICE_NOT_APPLICABLE",
    );
    await call(sandbox, "POST", `${CONTROL}/devices`, {
      body: {
        device: { phoneNumber: "+4915100000002", networkAccessIdentifier: "x@y" },
        supportedIdentifiers: ["phoneNumber"],
      },
    });
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions`, {
        body: sessionBody({ device: { networkAccessIdentifier: "x@y" } }),
      }),
      422,
      "UNSUPPORTED_IDENTIFIER",
    );
  });

  it("refuses a taken identifier (409) and invalid devices (400)", async () => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "POST", `${CONTROL}/devices`, { body: { device: { phoneNumber: "+36721601234567" } } }),
      409,
      "CONFLICT",
    );
    expectError(
      await call(sandbox, "POST", `${CONTROL}/devices`, { body: { device: {} } }),
      400,
      "INVALID_ARGUMENT",
      /^device: /,
    );
    expectError(
      await call(sandbox, "POST", `${CONTROL}/devices`, { body: {} }),
      400,
      "INVALID_ARGUMENT",
      /^device: is required$/,
    );
    expect(sandbox.control.devices()).toHaveLength(5);
  });
});

describe("PUT /profiles/{name}", () => {
  it("creates (201) and updates (200) profiles, keeping fields not sent", async () => {
    const sandbox = newSandbox({ activationDelaySeconds: 0 });
    const created = await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_NEW`, {
      body: { status: "ACTIVE", maxDuration: 100 },
    });
    expect(created.status).toBe(201);
    const updated = await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_L`, { body: { status: "DEPRECATED" } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      status: "DEPRECATED",
      maxDuration: { value: 86_400, unit: "Seconds" },
      description: expect.any(String),
    });
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions`, { body: sessionBody() }),
      422,
      "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE",
    );
    const session = await createSession(sandbox, { qosProfile: "QOS_NEW", duration: 100 });
    expect(session.duration).toBe(100);
  });

  it("restricts a profile to devices and lifts the restriction with null", async () => {
    const sandbox = newSandbox();
    await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_E`, {
      body: { status: "ACTIVE", restrictedTo: [{ phoneNumber: "+36721601234569" }] },
    });
    const names = async () =>
      (
        await call(sandbox, "POST", `${PROFILES}/retrieve-qos-profiles`, {
          body: { device: { phoneNumber: "+36721601234567" } },
        })
      ).body.map((p: { name: string }) => p.name);
    expect(await names()).not.toContain("QOS_E");
    await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_E`, { body: { status: "ACTIVE", restrictedTo: null } });
    expect(await names()).toContain("QOS_E");
  });

  it("validates name, status and durations", async () => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "PUT", `${CONTROL}/profiles/x`, { body: { status: "ACTIVE" } }),
      400,
      "INVALID_ARGUMENT",
      /^name: /,
    );
    expectError(
      await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_X`, { body: { status: "ON" } }),
      400,
      "INVALID_ARGUMENT",
      /^status: /,
    );
    expectError(
      await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_X`, {
        body: { status: "ACTIVE", minDuration: 10, maxDuration: 5 },
      }),
      400,
      "OUT_OF_RANGE",
    );
    expectError(
      await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_X`, {
        body: { status: "ACTIVE", restrictedTo: [{ phoneNumber: "+999999999" }] },
      }),
      404,
      "IDENTIFIER_NOT_FOUND",
    );
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_X`)).status).toBe(404);
  });
});

describe("clock", () => {
  it("GET /clock and POST /clock/advance", async () => {
    const sandbox = newSandbox();
    expect((await call(sandbox, "GET", `${CONTROL}/clock`)).body).toEqual({
      now: "2026-11-21T10:00:00Z",
      realtime: false,
    });
    const advanced = await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: 90.5 } });
    expect(advanced.body).toEqual({ now: "2026-11-21T10:01:30.500Z" });
    expectError(
      await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: -1 } }),
      400,
      "OUT_OF_RANGE",
      /^seconds: /,
    );
    expectError(
      await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: {} }),
      400,
      "INVALID_ARGUMENT",
      /^seconds: is required$/,
    );
    expect(sandbox.clock.now().toISOString()).toBe("2026-11-21T10:01:30.500Z");
  });

  it("fires everything due in the span in time order", async () => {
    const sandbox = newSandbox();
    const a = await createSession(sandbox, { duration: 20, devicePorts: { ports: [1] } });
    sandbox.clock.advance(5);
    const b = await createSession(sandbox, { duration: 5, devicePorts: { ports: [2] } });
    await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: 15 } });
    expect(sandbox.state.session(a.sessionId)).toMatchObject({ qosStatus: "AVAILABLE" });
    expect(sandbox.state.session(b.sessionId)).toMatchObject({
      qosStatus: "UNAVAILABLE",
      expiresAt: "2026-11-21T10:00:11Z",
    });
  });
});

describe("terminate, reset and state", () => {
  it("terminate answers 404 for unknown sessions and 400 for malformed ids", async () => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "POST", `${CONTROL}/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6/terminate`),
      404,
      "NOT_FOUND",
    );
    expectError(await call(sandbox, "POST", `${CONTROL}/sessions/xyz/terminate`), 400, "INVALID_ARGUMENT");
  });

  it("reset brings back the seed and drops minted tokens unless kept", async () => {
    const sandbox = newSandbox();
    const token = await mintToken(sandbox);
    await call(sandbox, "POST", `${CONTROL}/devices`, { body: { device: { phoneNumber: "+4915100000009" } } });
    await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_L`, { body: { status: "INACTIVE" } });
    await call(sandbox, "POST", `${CONTROL}/faults`, { body: { status: 500 } });
    await call(sandbox, "POST", `${CONTROL}/reset`, { body: { keepTokens: true } });
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`, { token })).body.status).toBe("ACTIVE");
    expect(sandbox.control.devices()).toHaveLength(5);
    await call(sandbox, "POST", `${CONTROL}/reset`);
    expectError(await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`, { token }), 401, "UNAUTHENTICATED");
  });

  it("GET /state shows sessions, devices, profiles and limits but no tokens", async () => {
    const sandbox = newSandbox();
    const token = await mintToken(sandbox, { clientId: "app" });
    const { sessionId } = await createSession(sandbox, {}, token);
    await call(sandbox, "POST", `${CONTROL}/limits`, { body: { clientId: "app", requestsPerSecond: 100 } });
    const state = await call(sandbox, "GET", `${CONTROL}/state`);
    expect(state.body).toMatchObject({
      now: "2026-11-21T10:00:00Z",
      tokens: 1,
      limits: [{ clientId: "app", requestsPerSecond: 100 }],
      sessions: [{ sessionId, clientId: "app", deviceId: "device-1", qosStatus: "REQUESTED" }],
      scheduledEvents: 1,
    });
    expect(state.body.devices).toHaveLength(5);
    expect(state.body.profiles).toHaveLength(17);
    expect(JSON.stringify(state.body)).not.toContain(token);
  });

  it("GET /notifications lists delivery attempts", async () => {
    const sandbox = newSandbox();
    expect((await call(sandbox, "GET", `${CONTROL}/notifications`)).body).toEqual([]);
  });
});
