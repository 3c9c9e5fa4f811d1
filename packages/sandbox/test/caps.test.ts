import { describe, expect, it } from "vitest";
import { DEFAULT_CAPS } from "../src/index.js";
import {
  CONTROL,
  call,
  createSession,
  expectError,
  mintToken,
  newSandbox,
  QOD,
  type Reply,
  sessionBody,
} from "./helpers/sandbox.js";

function expectCap(reply: Reply, name: string, cap: number): void {
  expectError(reply, 409, "CONFLICT");
  expect(reply.body.message).toContain(`at most ${cap} `);
  expect(reply.body.message).toContain(`(caps.${name})`);
  expect(reply.body.message).toContain(`raise the sandbox's caps.${name} option`);
}

const phone = (n: number) => `+4915${String(n).padStart(8, "0")}`;

describe("caps on what callers can make the sandbox hold", () => {
  it("has documented defaults", () => {
    expect(DEFAULT_CAPS).toEqual({
      devices: 10_000,
      tokens: 10_000,
      profiles: 1_000,
      faults: 1_000,
      rateLimits: 1_000,
      sessionsPerDevice: 1_000,
      assignmentsPerDevice: 1_000,
    });
  });

  it("devices: the seed counts; beyond the cap 409 naming it, and nothing is added", async () => {
    const sandbox = newSandbox({ caps: { devices: 6 } });
    const add = (n: number) =>
      call(sandbox, "POST", `${CONTROL}/devices`, { body: { device: { phoneNumber: phone(n) } } });
    expect((await add(1)).status).toBe(201);
    expectCap(await add(2), "devices", 6);
    expect(sandbox.control.devices()).toHaveLength(6);
  });

  it("tokens: counts unexpired ones, so expired tokens make room again", async () => {
    const sandbox = newSandbox({ caps: { tokens: 2 } });
    await mintToken(sandbox, { expiresIn: 10 });
    await mintToken(sandbox, { expiresIn: 3600 });
    expectCap(await call(sandbox, "POST", `${CONTROL}/tokens`, { body: {} }), "tokens", 2);
    sandbox.clock.advance(10);
    expect((await call(sandbox, "POST", `${CONTROL}/tokens`, { body: {} })).status).toBe(201);
  });

  it("profiles: creating beyond the cap is refused, updating an existing one is not", async () => {
    const sandbox = newSandbox({ caps: { profiles: 17 } }); // the seed's 17
    const put = (name: string) => call(sandbox, "PUT", `${CONTROL}/profiles/${name}`, { body: { status: "ACTIVE" } });
    expectCap(await put("QOS_NEW"), "profiles", 17);
    expect((await put("QOS_L")).status).toBe(200);
  });

  it("faults: pending ones count; DELETE /faults makes room", async () => {
    const sandbox = newSandbox({ caps: { faults: 2 } });
    const add = () => call(sandbox, "POST", `${CONTROL}/faults`, { body: { status: 500 } });
    expect((await add()).status).toBe(201);
    expect((await add()).status).toBe(201);
    expectCap(await add(), "faults", 2);
    await call(sandbox, "DELETE", `${CONTROL}/faults`);
    expect((await add()).status).toBe(201);
  });

  it("rate limits: one per client id; replacing a client's limit does not count", async () => {
    const sandbox = newSandbox({ caps: { rateLimits: 2 } });
    const set = (body: Record<string, unknown>) => call(sandbox, "POST", `${CONTROL}/limits`, { body });
    expect((await set({ requestsPerSecond: 100 })).status).toBe(201);
    expect((await set({ clientId: "a", requestsPerSecond: 100 })).status).toBe(201);
    expect((await set({ clientId: "a", requestsPerSecond: 50 })).status).toBe(201);
    expect((await set({ requestsPerSecond: 10 })).status).toBe(201);
    expectCap(await set({ clientId: "b", requestsPerSecond: 100 }), "rateLimits", 2);
  });

  it("sessions per device: counts every client's sessions, ended ones until removed; other devices are free", async () => {
    const sandbox = newSandbox({ caps: { sessionsPerDevice: 2 }, activationDelaySeconds: 0, retentionSeconds: 60 });
    const other = await mintToken(sandbox, { clientId: "other" });
    const port = (p: number) => ({ devicePorts: { ports: [p] }, duration: 10 });
    await createSession(sandbox, port(1));
    await createSession(sandbox, port(2), other);
    const third = () => call(sandbox, "POST", `${QOD}/sessions`, { body: sessionBody(port(3)) });
    const refused = await third();
    expectCap(refused, "sessionsPerDevice", 2);
    expect(refused.body.message).not.toMatch(/other/);
    await createSession(sandbox, { device: { phoneNumber: "+36721601234568" }, ...port(3) });
    sandbox.clock.advance(10); // both expire, but stay readable for 60 s
    expectCap(await third(), "sessionsPerDevice", 2);
    sandbox.clock.advance(60);
    await createSession(sandbox, port(3));
  });

  it("refuses caps that are not positive integers, naming the option", () => {
    expect(() => newSandbox({ caps: { devices: 0 } })).toThrow(/caps\.devices must be a positive integer, got 0/);
    expect(() => newSandbox({ caps: { faults: 1.5 } })).toThrow(/caps\.faults must be a positive integer/);
  });
});

describe("POST /faults and POST /limits answer with what they created", () => {
  it("a fault: 201 with the fault and its remaining uses, not the whole list", async () => {
    const sandbox = newSandbox();
    await call(sandbox, "POST", `${CONTROL}/faults`, { body: { status: 500 } });
    const reply = await call(sandbox, "POST", `${CONTROL}/faults`, {
      body: { method: "GET", path: "/sessions/*", status: 503, retryAfter: 7, count: 2 },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      method: "GET",
      path: "/sessions/*",
      status: 503,
      retryAfter: 7,
      count: 2,
      remaining: 2,
    });
    expect(sandbox.state.snapshot().faults).toHaveLength(2);
  });

  it("a rate limit: 201 with the limit, with or without a client id", async () => {
    const sandbox = newSandbox();
    const forClient = await call(sandbox, "POST", `${CONTROL}/limits`, {
      body: { clientId: "app", requestsPerSecond: 5 },
    });
    expect(forClient).toMatchObject({ status: 201, body: { clientId: "app", requestsPerSecond: 5 } });
    expect(Object.keys(forClient.body)).toEqual(["clientId", "requestsPerSecond"]);
    const forAll = await call(sandbox, "POST", `${CONTROL}/limits`, { body: { requestsPerSecond: 9 } });
    expect(forAll).toMatchObject({ status: 201, body: { requestsPerSecond: 9 } });
    expect(forAll.body).not.toHaveProperty("clientId");
    expect(sandbox.state.snapshot().limits).toHaveLength(2);
  });
});
