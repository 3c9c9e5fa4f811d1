import { describe, expect, it } from "vitest";
import { DEV_TOKEN } from "../src/index.js";
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

describe("x-correlator", () => {
  it("is echoed on 201, 200, 204 and on errors of every kind", async () => {
    const sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox); // `call` asserts the echo on every reply
    await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { correlator: "a:b;c.d/e<f>{g}_h-1" });
    await call(sandbox, "DELETE", `${QOD}/sessions/${sessionId}`, { correlator: "del-1" });
    await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { correlator: "gone-1" });
    await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { correlator: "noauth-1", token: null });
    await call(sandbox, "GET", `${QOD}/nowhere`, { correlator: "route-1" });
    await call(sandbox, "PATCH", `${QOD}/sessions`, { correlator: "method-1" });
    await call(sandbox, "GET", "/healthz", { correlator: "health-1" });
    await call(sandbox, "GET", `${CONTROL}/clock`, { correlator: "control-1" });
    const reply = await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`, { correlator: "x".repeat(256) });
    expect(reply.status).toBe(200);
  });

  it("rejects a malformed correlator with 400 INVALID_ARGUMENT and does not echo it", async () => {
    const sandbox = newSandbox();
    for (const bad of ["has space", "x".repeat(257), "semi#colon", "ünï"]) {
      const response = await sandbox.fetch(`http://sandbox.test${QOD}/sessions`, {
        method: "POST",
        headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json", "x-correlator": bad },
        body: JSON.stringify(sessionBody()),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("x-correlator")).toBeNull();
      expect(await response.json()).toMatchObject({
        status: 400,
        code: "INVALID_ARGUMENT",
        message: expect.stringMatching(/^x-correlator: /),
      });
    }
    expect(sandbox.state.sessionCount).toBe(0);
  });

  it("is optional: replies carry none when none was sent", async () => {
    const sandbox = newSandbox();
    const response = await sandbox.fetch(`http://sandbox.test${PROFILES}/qos-profiles/QOS_L`, {
      headers: { authorization: `Bearer ${DEV_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-correlator")).toBeNull();
  });
});

describe("request bodies", () => {
  const post = (sandbox: ReturnType<typeof newSandbox>, raw: string | undefined, type?: string) =>
    call(sandbox, "POST", `${QOD}/sessions`, {
      ...(raw === undefined ? {} : { raw }),
      headers: type ? { "content-type": type } : {},
    });

  it("answers 400 INVALID_ARGUMENT for malformed JSON, a missing body, a wrong content type and an oversized body", async () => {
    const sandbox = newSandbox({ maxBodyBytes: 1024 });
    expectError(await post(sandbox, "{not json", "application/json"), 400, "INVALID_ARGUMENT", /not valid JSON/);
    expectError(await post(sandbox, undefined, "application/json"), 400, "INVALID_ARGUMENT", /^body: is required$/);
    expectError(await post(sandbox, "   ", "application/json"), 400, "INVALID_ARGUMENT", /^body: is required$/);
    expectError(
      await post(sandbox, JSON.stringify(sessionBody()), "text/plain"),
      400,
      "INVALID_ARGUMENT",
      /Content-Type/,
    );
    expectError(await post(sandbox, JSON.stringify(sessionBody())), 400, "INVALID_ARGUMENT", /Content-Type/);
    expectError(
      await post(sandbox, JSON.stringify({ ...sessionBody(), pad: "x".repeat(2000) }), "application/json"),
      400,
      "INVALID_ARGUMENT",
      /larger than 1024 bytes/,
    );
    expectError(await post(sandbox, "null", "application/json"), 400, "INVALID_ARGUMENT", /^body: must be object$/);
    expectError(await post(sandbox, '"text"', "application/json"), 400, "INVALID_ARGUMENT", /^body: must be object$/);
    expect(sandbox.state.sessionCount).toBe(0);
  });

  it("accepts application/json with a charset parameter", async () => {
    const sandbox = newSandbox();
    const reply = await post(sandbox, JSON.stringify(sessionBody()), "application/json; charset=utf-8");
    expect(reply.status).toBe(201);
  });
});

describe("routes", () => {
  it("answers unknown paths with 404 NOT_FOUND and known paths with another method with 405 and Allow", async () => {
    const sandbox = newSandbox();
    expectError(await call(sandbox, "GET", "/nothing/here"), 404, "NOT_FOUND");
    const wrong = await call(sandbox, "PUT", `${QOD}/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6`);
    expectError(wrong, 405, "METHOD_NOT_ALLOWED");
    expect(wrong.headers.get("allow")).toBe("GET, DELETE");
  });

  it("answers GET /healthz", async () => {
    const reply = await call(newSandbox(), "GET", "/healthz", { token: null });
    expect(reply).toMatchObject({ status: 200, body: { status: "ok" } });
  });
});

describe("rate limits (429 with Retry-After)", () => {
  it("limits one client per second of real time and lets it through in the next second", async () => {
    let wall = Date.parse("2026-11-21T10:00:00.250Z");
    const sandbox = newSandbox({ clock: { wallClock: () => wall } });
    const limited = await mintToken(sandbox, { clientId: "busy" });
    const other = await mintToken(sandbox, { clientId: "calm" });
    expect(
      (await call(sandbox, "POST", `${CONTROL}/limits`, { body: { clientId: "busy", requestsPerSecond: 2 } })).status,
    ).toBe(201);
    const get = (token: string) => call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`, { token });
    expect((await get(limited)).status).toBe(200);
    expect((await get(limited)).status).toBe(200);
    const third = await get(limited);
    expectError(third, 429, "TOO_MANY_REQUESTS");
    expect(third.headers.get("retry-after")).toBe("1");
    expect((await get(other)).status).toBe(200);
    wall += 1000;
    expect((await get(limited)).status).toBe(200);
  });

  it("applies a limit without client id to all requests together, until cleared", async () => {
    const wall = Date.parse("2026-11-21T10:00:00Z");
    const sandbox = newSandbox({ clock: { wallClock: () => wall } });
    await call(sandbox, "POST", `${CONTROL}/limits`, { body: { requestsPerSecond: 1 } });
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`)).status).toBe(200);
    expectError(await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_E`), 429, "TOO_MANY_REQUESTS");
    expect((await call(sandbox, "DELETE", `${CONTROL}/limits`)).status).toBe(204);
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_E`)).status).toBe(200);
  });
});

describe("injected faults", () => {
  it("fails the next `count` matching requests with the status, Retry-After and error body, then recovers", async () => {
    const sandbox = newSandbox();
    const added = await call(sandbox, "POST", `${CONTROL}/faults`, {
      body: { method: "GET", path: "/sessions/*", status: 503, retryAfter: 7, count: 2 },
    });
    expect(added.status).toBe(201);
    const { sessionId } = await createSession(sandbox); // a POST: not matched
    for (let i = 0; i < 2; i++) {
      const reply = await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`);
      expectError(reply, 503, "UNAVAILABLE");
      expect(reply.headers.get("retry-after")).toBe("7");
    }
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`)).status).toBe(200);
  });

  it("drops the connection for reset: in-process fetch rejects like a real one", async () => {
    const sandbox = newSandbox();
    await call(sandbox, "POST", `${CONTROL}/faults`, { body: { path: `${QOD}/sessions`, reset: true } });
    const attempt = sandbox.fetch(`http://sandbox.test${QOD}/sessions`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(sessionBody()),
    });
    await expect(attempt).rejects.toMatchObject({ name: "TypeError", cause: { code: "ECONNRESET" } });
    expect(sandbox.state.sessionCount).toBe(0);
    expect((await call(sandbox, "POST", `${QOD}/sessions`, { body: sessionBody() })).status).toBe(201);
  });

  it("delays by latencyMs through the injected sleep, then answers normally", async () => {
    const waited: number[] = [];
    const sandbox = newSandbox({ sleep: async (ms) => void waited.push(ms) });
    await call(sandbox, "POST", `${CONTROL}/faults`, { body: { latencyMs: 1500 } });
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`)).status).toBe(200);
    expect(waited).toEqual([1500]);
  });

  it("is cleared by DELETE /faults and validated on the way in", async () => {
    const sandbox = newSandbox();
    await call(sandbox, "POST", `${CONTROL}/faults`, { body: { status: 500, count: 5 } });
    expect((await call(sandbox, "DELETE", `${CONTROL}/faults`)).status).toBe(204);
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`)).status).toBe(200);
    expectError(
      await call(sandbox, "POST", `${CONTROL}/faults`, { body: { status: 200 } }),
      400,
      "OUT_OF_RANGE",
      /^status: /,
    );
    expectError(await call(sandbox, "POST", `${CONTROL}/faults`, { body: { path: "/x" } }), 400, "INVALID_ARGUMENT");
  });
});
