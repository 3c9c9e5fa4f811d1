import { describe, expect, it } from "vitest";
import {
  apiClients,
  CONTROL,
  call,
  createSession,
  expectError,
  expectSessionInfo,
  newSandbox,
  PHONE,
  QOD,
  START,
} from "./helpers/sandbox.js";

const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString().replace(".000Z", "Z");

describe("session lifecycle on the virtual clock", () => {
  it("goes REQUESTED → AVAILABLE after the 1 s activation delay → UNAVAILABLE/DURATION_EXPIRED at expiry", async () => {
    const sandbox = newSandbox();
    const { qod } = apiClients(sandbox);
    const created = await qod.POST("/sessions", {
      body: {
        device: { phoneNumber: PHONE },
        applicationServer: { ipv4Address: "233.252.0.2" },
        qosProfile: "QOS_L",
        duration: 60,
      },
      params: { header: { "x-correlator": "life-1" } },
    });
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get("x-correlator")).toBe("life-1");
    const session = created.data;
    if (!session) throw new Error("no session in the 201");
    expectSessionInfo(session);
    expect(session).toMatchObject({ qosStatus: "REQUESTED", duration: 60, device: { phoneNumber: PHONE } });
    expect(session).not.toHaveProperty("startedAt");
    expect(session).not.toHaveProperty("expiresAt");

    sandbox.clock.advance(0.999);
    expect(
      (await qod.GET("/sessions/{sessionId}", { params: { path: { sessionId: session.sessionId } } })).data,
    ).toMatchObject({ qosStatus: "REQUESTED" });

    sandbox.clock.advance(0.001);
    const available = await qod.GET("/sessions/{sessionId}", { params: { path: { sessionId: session.sessionId } } });
    expect(available.data).toMatchObject({ qosStatus: "AVAILABLE", startedAt: at(1), expiresAt: at(61) });
    expect(available.data).not.toHaveProperty("statusInfo");
    expectSessionInfo(available.data);

    sandbox.clock.advance(60);
    const expired = await qod.GET("/sessions/{sessionId}", { params: { path: { sessionId: session.sessionId } } });
    expect(expired.data).toMatchObject({ qosStatus: "UNAVAILABLE", statusInfo: "DURATION_EXPIRED", expiresAt: at(61) });
    expectSessionInfo(expired.data);
  });

  it("makes sessions AVAILABLE at once with activationDelaySeconds 0", async () => {
    const sandbox = newSandbox({ activationDelaySeconds: 0 });
    const session = await createSession(sandbox, { duration: 10 });
    expect(session).toMatchObject({ qosStatus: "AVAILABLE", startedAt: at(0), expiresAt: at(10) });
  });

  it("keeps an expired session readable for 360 s, then answers 404", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox, { duration: 10 });
    sandbox.clock.advance(11);
    sandbox.clock.advance(359.999);
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`)).body.statusInfo).toBe("DURATION_EXPIRED");
    sandbox.clock.advance(0.001);
    expectError(await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`), 404, "NOT_FOUND");
    expect(sandbox.state.sessionCount).toBe(0);
  });

  it("keeps a NETWORK_TERMINATED session readable for 360 s, blocking its flow until deleted", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox);
    sandbox.clock.advance(5);
    const terminated = await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/terminate`);
    expect(terminated.body).toMatchObject({
      qosStatus: "UNAVAILABLE",
      statusInfo: "NETWORK_TERMINATED",
      expiresAt: at(5),
    });

    sandbox.clock.advance(300);
    const read = await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`);
    expect(read.body).toMatchObject({ qosStatus: "UNAVAILABLE", statusInfo: "NETWORK_TERMINATED" });
    expectSessionInfo(read.body);
    // The client must delete it before asking again for the same flow.
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions`, {
        body: {
          device: { phoneNumber: PHONE },
          applicationServer: { ipv4Address: "233.252.0.2" },
          qosProfile: "QOS_L",
          duration: 60,
        },
      }),
      409,
      "CONFLICT",
    );

    sandbox.clock.advance(60);
    expectError(await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`), 404, "NOT_FOUND");
  });

  it("lets the same flow be asked again once the terminated session is deleted", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox);
    await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/terminate`);
    expect((await call(sandbox, "DELETE", `${QOD}/sessions/${sessionId}`)).status).toBe(204);
    await createSession(sandbox);
  });

  it("does not let an expired session block a new one for the same flow", async () => {
    const sandbox = newSandbox();
    await createSession(sandbox, { duration: 5 });
    sandbox.clock.advance(6);
    const again = await createSession(sandbox, { duration: 5 });
    expect(again.qosStatus).toBe("REQUESTED");
  });

  it("refuses to terminate a session twice (409)", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox);
    await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/terminate`);
    expectError(await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/terminate`), 409, "CONFLICT");
  });
});

describe("extend", () => {
  it("adds seconds to an AVAILABLE session and moves expiresAt", async () => {
    const sandbox = newSandbox();
    const { qod } = apiClients(sandbox);
    const { sessionId } = await createSession(sandbox, { duration: 600 });
    sandbox.clock.advance(1);
    const extended = await qod.POST("/sessions/{sessionId}/extend", {
      params: { path: { sessionId } },
      body: { requestedAdditionalDuration: 300 },
    });
    expect(extended.response.status).toBe(200);
    expect(extended.data).toMatchObject({
      qosStatus: "AVAILABLE",
      duration: 900,
      startedAt: at(1),
      expiresAt: at(901),
    });
    expectSessionInfo(extended.data);
    sandbox.clock.advance(600);
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`)).body.qosStatus).toBe("AVAILABLE");
    sandbox.clock.advance(300);
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`)).body).toMatchObject({
      qosStatus: "UNAVAILABLE",
      statusInfo: "DURATION_EXPIRED",
      expiresAt: at(901),
    });
  });

  it("caps the new duration at the profile's maxDuration instead of refusing", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox, { qosProfile: "QOS_TEST_SHORT", duration: 3000 });
    sandbox.clock.advance(1);
    const reply = await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, {
      body: { requestedAdditionalDuration: 5000 },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ duration: 3600, expiresAt: at(3601) });
    // At the cap, a further extension changes nothing but still succeeds.
    const again = await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, {
      body: { requestedAdditionalDuration: 1 },
    });
    expect(again.body.duration).toBe(3600);
  });

  it("caps at 86400 s for the catalogue profiles", async () => {
    const sandbox = newSandbox({ activationDelaySeconds: 0 });
    const { sessionId } = await createSession(sandbox, { duration: 86_000 });
    const reply = await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, {
      body: { requestedAdditionalDuration: 3600 },
    });
    expect(reply.body.duration).toBe(86_400);
  });

  it("answers 409 SESSION_EXTENSION_NOT_ALLOWED while REQUESTED and once UNAVAILABLE", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox, { duration: 10 });
    const requested = await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, {
      body: { requestedAdditionalDuration: 10 },
    });
    expectError(requested, 409, "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED", /REQUESTED/);
    sandbox.clock.advance(20);
    const ended = await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, {
      body: { requestedAdditionalDuration: 10 },
    });
    expectError(ended, 409, "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED", /UNAVAILABLE/);
    expect(sandbox.state.session(sessionId)).toMatchObject({ duration: 10, qosStatus: "UNAVAILABLE" });
  });

  it("validates requestedAdditionalDuration (OUT_OF_RANGE below 1, INVALID_ARGUMENT when missing)", async () => {
    const sandbox = newSandbox({ activationDelaySeconds: 0 });
    const { sessionId } = await createSession(sandbox);
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, { body: { requestedAdditionalDuration: 0 } }),
      400,
      "OUT_OF_RANGE",
      /^requestedAdditionalDuration: must be >= 1$/,
    );
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, { body: {} }),
      400,
      "INVALID_ARGUMENT",
      /^requestedAdditionalDuration: is required$/,
    );
    expect(sandbox.state.session(sessionId)?.duration).toBe(3600);
  });
});

describe("delete", () => {
  it("answers 204, then 404 for reads, deletes and extensions", async () => {
    const sandbox = newSandbox();
    const { qod } = apiClients(sandbox);
    const { sessionId } = await createSession(sandbox);
    const deleted = await qod.DELETE("/sessions/{sessionId}", { params: { path: { sessionId } } });
    expect(deleted.response.status).toBe(204);
    expect(await deleted.response.text()).toBe("");
    expectError(await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`), 404, "NOT_FOUND");
    expectError(await call(sandbox, "DELETE", `${QOD}/sessions/${sessionId}`), 404, "NOT_FOUND");
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, { body: { requestedAdditionalDuration: 1 } }),
      404,
      "NOT_FOUND",
    );
    expect(sandbox.state.sessionCount).toBe(0);
  });

  it("cancels the pending activation so nothing is left scheduled", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox);
    await call(sandbox, "DELETE", `${QOD}/sessions/${sessionId}`);
    expect(sandbox.state.snapshot().scheduledEvents).toBe(0);
  });

  it("answers 400 INVALID_ARGUMENT for a session id that is not a UUID", async () => {
    const sandbox = newSandbox();
    expectError(await call(sandbox, "GET", `${QOD}/sessions/not-a-uuid`), 400, "INVALID_ARGUMENT", /^sessionId: /);
    expectError(await call(sandbox, "DELETE", `${QOD}/sessions/123`), 400, "INVALID_ARGUMENT", /^sessionId: /);
  });
});

describe("retrieve sessions by device", () => {
  it("lists the device's sessions of this client, [] when none", async () => {
    const sandbox = newSandbox();
    const { qod } = apiClients(sandbox);
    const none = await qod.POST("/retrieve-sessions", { body: { device: { phoneNumber: PHONE } } });
    expect(none.response.status).toBe(200);
    expect(none.data).toEqual([]);
    const a = await createSession(sandbox, { devicePorts: { ports: [5000] } });
    const b = await createSession(sandbox, { devicePorts: { ports: [5001] } });
    const list = await qod.POST("/retrieve-sessions", {
      body: { device: { ipv4Address: { publicAddress: "233.252.0.2", publicPort: 80 } } },
    });
    expect(list.data?.map((s) => s.sessionId)).toEqual([a.sessionId, b.sessionId]);
    for (const s of list.data ?? []) expectSessionInfo(s);
  });
});

describe("realtime clock", () => {
  it("activates and expires sessions from its one timer as wall-clock time passes", async () => {
    let wall = Date.parse(START);
    const pending: (() => void)[] = [];
    const sandbox = newSandbox({
      clock: {
        realtime: true,
        wallClock: () => wall,
        timers: { setTimeout: (callback) => pending.push(callback), clearTimeout: () => {} },
      },
    });
    const { sessionId } = await createSession(sandbox, { duration: 5 });
    wall += 1000;
    pending.shift()?.(); // the timer armed for the activation fires
    expect(sandbox.state.session(sessionId)).toMatchObject({ qosStatus: "AVAILABLE", startedAt: at(1) });
    wall += 5000;
    // A request also fires what is due, even before the timer does.
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`)).body).toMatchObject({
      qosStatus: "UNAVAILABLE",
      statusInfo: "DURATION_EXPIRED",
      expiresAt: at(6),
    });
    await sandbox.close();
  });
});
