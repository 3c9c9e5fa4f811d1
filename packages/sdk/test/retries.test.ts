import { describe, expect, it } from "vitest";
import { AbortError, ConflictError, ConnectionError, ServerError, TimeoutError } from "../src/index.js";
import { flush } from "./support/fake-clock.js";
import { setup } from "./support/setup.js";

const phone = { phoneNumber: "+36721601234567" };
const base = { profile: "QOS_L", serviceIpv4: "233.252.0.2" };
const ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const rateLimited = (retryAfter?: string) => ({
  status: 429,
  body: { status: 429, code: "TOO_MANY_REQUESTS", message: "Rate limit reached." },
  ...(retryAfter && { headers: { "retry-after": retryAfter } }),
});
const unavailable = { status: 503, body: { status: 503, code: "UNAVAILABLE", message: "Try later" } };
// Shaped like undici's: TypeError("fetch failed") caused by a system error with a code.
const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });
const refused = () =>
  new TypeError("fetch failed", { cause: systemError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9") });
const reset = () => new TypeError("fetch failed", { cause: systemError("ECONNRESET", "read ECONNRESET") });

describe("retries of calls that may be repeated", () => {
  it("429 with Retry-After: 1 is retried after 1 s, not before", async () => {
    const { client, provider, clock } = setup();
    const created = await client.devices.get(phone).createQodSession(base);
    provider.next("getSession", rateLimited("1"));
    const reading = client.sessions.get(created.id);
    await flush();
    expect(provider.calls("getSession")).toHaveLength(1);
    await clock.advance(999);
    expect(provider.calls("getSession")).toHaveLength(1);
    await clock.advance(1);
    expect(provider.calls("getSession")).toHaveLength(2);
    expect((await reading).id).toBe(created.id);
    expect(clock.sleeps).toContain(1000);
    // The same correlator on both attempts, so the provider can tie them together.
    const [first, second] = provider.calls("getSession");
    expect(second?.headers["x-correlator"]).toBe(first?.headers["x-correlator"]);
  });

  it("502/503/504 and connection errors back off exponentially, up to maxRetries", async () => {
    const { client, provider, clock } = setup({ maxRetries: 3 });
    provider.next("retrieveSessionsByDevice", unavailable, { networkError: reset() }, { status: 504, body: {} });
    const listing = client.devices.get(phone).sessions();
    await clock.advance(10_000);
    expect(await listing).toEqual([]);
    expect(provider.calls("retrieveSessionsByDevice")).toHaveLength(4);
    // random() is 0 in these tests, so no jitter: 0.5 s, 1 s, 2 s.
    expect(clock.sleeps.filter((ms) => ms < 30_000)).toEqual([500, 1000, 2000]);
  });

  it("gives up after maxRetries and throws the last error", async () => {
    const { client, provider, clock } = setup({ maxRetries: 2 });
    provider.next("deleteSession", unavailable, unavailable, unavailable, unavailable);
    const deleting = client.devices
      .get(phone)
      .createQodSession(base)
      .then((s) => s.delete());
    const outcome = deleting.catch((e: unknown) => e);
    await clock.advance(10_000);
    expect(await outcome).toBeInstanceOf(ServerError);
    expect(provider.calls("deleteSession")).toHaveLength(3);
  });

  it("does not retry other errors (404, 409, 500)", async () => {
    const { client, provider } = setup();
    provider.next("getSession", { status: 500, body: { status: 500, code: "INTERNAL", message: "x" } });
    await expect(client.sessions.get(ID)).rejects.toBeInstanceOf(ServerError);
    expect(provider.calls("getSession")).toHaveLength(1);
  });

  it("a Retry-After above 60 s is handed to the caller instead of waited for", async () => {
    const { client, provider } = setup();
    provider.next("getSession", rateLimited("3600"));
    await expect(client.sessions.get(ID)).rejects.toMatchObject({ name: "RateLimitError", retryAfter: 3600 });
    expect(provider.calls("getSession")).toHaveLength(1);
  });

  it("each attempt has its own timeout; a hung GET times out, then is retried", async () => {
    const { client, provider, clock } = setup({ timeout: 5000, maxRetries: 1 });
    const created = await client.devices.get(phone).createQodSession(base);
    provider.next("getSession", { hang: true });
    const reading = client.sessions.get(created.id);
    await clock.advance(5000);
    expect(provider.calls("getSession")).toHaveLength(1);
    await clock.advance(500);
    expect((await reading).id).toBe(created.id);
    expect(provider.calls("getSession")).toHaveLength(2);
  });

  it("per-call timeout and maxRetries override the client's", async () => {
    const { client, provider, clock } = setup({ timeout: 60_000 });
    provider.next("getSession", { hang: true });
    const reading = client.sessions.get(ID, { timeout: 100, maxRetries: 0 }).catch((e: unknown) => e);
    await clock.advance(100);
    const error = await reading;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe("getSession: no response within 100 ms");
  });

  it("the caller's signal aborts a request and a wait between retries", async () => {
    const { client, provider, clock } = setup();
    provider.next("getSession", { hang: true });
    const controller = new AbortController();
    const reading = client.sessions.get(ID, { signal: controller.signal }).catch((e: unknown) => e);
    await flush();
    controller.abort();
    expect(await reading).toBeInstanceOf(AbortError);

    provider.next("getSession", rateLimited("30"));
    const waiting = new AbortController();
    const second = client.sessions.get(ID, { signal: waiting.signal }).catch((e: unknown) => e);
    await clock.advance(1000);
    waiting.abort();
    const error = await second;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toContain("while waiting to retry");
    expect(provider.calls("getSession")).toHaveLength(2);
  });
});

describe("create and extend are never blindly repeated", () => {
  it("a create that times out does not make a second session: the SDK finds the one it made", async () => {
    const { client, provider, clock } = setup({ timeout: 10_000 });
    const device = client.devices.get(phone);
    // The provider creates the session, but its answer never arrives.
    provider.next("createSession", { hang: true, process: true });
    const creating = device.createQodSession({ ...base, duration: 1800 });
    await clock.advance(10_000);
    const session = await creating;
    expect(provider.calls("createSession")).toHaveLength(1);
    expect(provider.calls("retrieveSessionsByDevice")).toHaveLength(1);
    expect(provider.sessions.size).toBe(1);
    expect(session.id).toBe([...provider.sessions.keys()][0]);
    expect(session.duration).toBe(1800);
  });

  it("if the lookup finds nothing, the original TimeoutError is thrown and nothing is re-sent", async () => {
    const { client, provider, clock } = setup({ timeout: 10_000 });
    provider.next("createSession", { hang: true });
    const creating = client.devices
      .get(phone)
      .createQodSession(base)
      .catch((e: unknown) => e);
    await clock.advance(10_000);
    expect(await creating).toBeInstanceOf(TimeoutError);
    expect(provider.calls("createSession")).toHaveLength(1);
    expect(provider.calls("retrieveSessionsByDevice")).toHaveLength(1);
  });

  it("a create whose connection resets after sending, or that gets a 503, is looked up too", async () => {
    const { client, provider } = setup();
    const device = client.devices.get(phone);
    provider.next("createSession", { networkError: reset(), process: true });
    const afterReset = await device.createQodSession({ ...base, serviceIpv4: "203.0.113.1" });
    provider.next("createSession", { ...unavailable });
    const afterOutage = await device.createQodSession({ ...base, serviceIpv4: "203.0.113.2" }).catch((e: unknown) => e);
    expect(afterReset.serviceIpv4).toBe("203.0.113.1");
    expect(afterOutage).toBeInstanceOf(ServerError);
    expect(provider.calls("createSession")).toHaveLength(2);
    expect(provider.calls("retrieveSessionsByDevice")).toHaveLength(2);
  });

  it("a lookup ignores sessions that differ from the request", async () => {
    const { client, provider, clock } = setup({ timeout: 1000 });
    const device = client.devices.get(phone);
    await device.createQodSession({ ...base, duration: 60 });
    provider.next("createSession", { hang: true });
    const creating = device.createQodSession({ ...base, duration: 120 }).catch((e: unknown) => e);
    await clock.advance(1000);
    expect(await creating).toBeInstanceOf(TimeoutError);
  });

  it("a create refused with 429 or connection refused is sent again (nothing was created)", async () => {
    const { client, provider, clock } = setup();
    provider.next("createSession", rateLimited("1"), { networkError: refused() });
    const creating = client.devices.get(phone).createQodSession(base);
    await clock.advance(5000);
    expect((await creating).status).toBe("AVAILABLE");
    expect(provider.calls("createSession")).toHaveLength(3);
    expect(provider.sessions.size).toBe(1);
  });

  it("a create that fails with 409 is not retried nor looked up", async () => {
    const { client, provider } = setup();
    provider.next("createSession", { status: 409, body: { status: 409, code: "CONFLICT", message: "overlap" } });
    await expect(client.devices.get(phone).createQodSession(base)).rejects.toBeInstanceOf(ConflictError);
    expect(provider.calls("retrieveSessionsByDevice")).toHaveLength(0);
  });

  it("an extend that times out or hits a 503 is not re-sent (it could extend twice)", async () => {
    const { client, provider, clock } = setup({ timeout: 1000 });
    const session = await client.devices.get(phone).createQodSession(base);
    provider.next("extendQosSessionDuration", { hang: true, process: true }, unavailable);
    const first = session.extend(60).catch((e: unknown) => e);
    await clock.advance(1000);
    expect(await first).toBeInstanceOf(TimeoutError);
    expect(await session.extend(60).catch((e: unknown) => e)).toBeInstanceOf(ServerError);
    expect(provider.calls("extendQosSessionDuration")).toHaveLength(2);
  });

  it("an extend refused by a connection error that never left is retried", async () => {
    const { client, provider, clock } = setup();
    const session = await client.devices.get(phone).createQodSession({ ...base, duration: 60 });
    provider.next("extendQosSessionDuration", { networkError: refused() });
    const extending = session.extend(60);
    await clock.advance(1000);
    expect((await extending).duration).toBe(120);
    expect(provider.calls("extendQosSessionDuration")).toHaveLength(2);
  });

  it("a GET whose connection is refused every time ends in a ConnectionError saying why", async () => {
    const { client, provider, clock } = setup({ maxRetries: 1 });
    provider.next("getSession", { networkError: refused() }, { networkError: refused() });
    const reading = client.sessions.get(ID).catch((e: unknown) => e);
    await clock.advance(1000);
    const error = (await reading) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.requestMayHaveBeenSent).toBe(false);
    expect(error.message).toBe("getSession: fetch failed (connect ECONNREFUSED 127.0.0.1:9)");
    expect(error.cause).toMatchObject({ message: "fetch failed", cause: { code: "ECONNREFUSED" } });
  });
});
