// waitForStatus on the real sandbox in-process, its clock frozen, the SDK's clock fake: every
// poll and every wait between polls is counted, nothing waits in real time.
import { createSandbox, DEV_TOKEN, type Sandbox } from "@qod/sandbox";
import { afterEach, describe, expect, it } from "vitest";
import { AbortError, QodClient, SessionEndedError, TimeoutError, ValidationError } from "../src/index.js";
import { FakeClock } from "./support/fake-clock.js";

const phone = { phoneNumber: "+36721601234567" };
let sandbox: Sandbox;

function setup() {
  sandbox = createSandbox({ logger: false });
  const clock = new FakeClock();
  const polls: string[] = [];
  const client = new QodClient({
    token: DEV_TOKEN,
    baseUrl: "http://127.0.0.1",
    clock,
    random: () => 0,
    fetch: (request) => {
      polls.push(`${request.method} ${new URL(request.url).pathname}`);
      return sandbox.fetch(request);
    },
  });
  return { client, clock, polls };
}

afterEach(async () => {
  await sandbox.close();
});

describe("session.waitForStatus()", () => {
  it("polls a REQUESTED session with growing waits until it is AVAILABLE", async () => {
    const { client, clock, polls } = setup();
    const session = await client.devices.get(phone).createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    expect(session.status).toBe("REQUESTED");
    const done = session.waitForStatus("AVAILABLE", { interval: 200 });
    await clock.advance(200);
    await clock.advance(400);
    sandbox.clock.advance(1); // the network applies the profile
    await clock.advance(800);
    await expect(done).resolves.toBe(session);
    expect(session.status).toBe("AVAILABLE");
    expect(polls.filter((p) => p.startsWith("GET"))).toHaveLength(3);
    // The waits between polls, without the per-request timeouts (30000 each).
    expect(clock.sleeps.filter((ms) => ms !== 30_000)).toEqual([200, 400, 800]);
  });

  it("answers at once, with no request, when the status is already one of those asked for", async () => {
    const { client, polls } = setup();
    const session = await client.devices.get(phone).createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    polls.length = 0;
    await session.waitForStatus(["REQUESTED", "AVAILABLE"]);
    expect(polls).toEqual([]);
  });

  it("fails with a TimeoutError after `timeout`, naming the status it is stuck in", async () => {
    const { client, clock } = setup();
    const session = await client.devices.get(phone).createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    const done = session.waitForStatus("AVAILABLE", { timeout: 1000, interval: 200 }).catch((e: unknown) => e);
    await clock.advance(5000);
    const error = await done;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(String(error)).toContain("is still REQUESTED after 1000 ms");
  });

  it("fails with a SessionEndedError when the session ends instead", async () => {
    const { client, clock } = setup();
    const session = await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 1 });
    sandbox.clock.advance(10);
    const done = session.waitForStatus("AVAILABLE").catch((e: unknown) => e);
    await clock.advance(500);
    const error = (await done) as SessionEndedError;
    expect(error).toBeInstanceOf(SessionEndedError);
    expect(error.statusInfo).toBe("DURATION_EXPIRED");
    expect(error.message).toContain("will not become AVAILABLE");
  });

  it("stops with an AbortError when the signal aborts", async () => {
    const { client, clock } = setup();
    const session = await client.devices.get(phone).createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    const controller = new AbortController();
    const done = session.waitForStatus("AVAILABLE", { signal: controller.signal }).catch((e: unknown) => e);
    await clock.advance(100);
    controller.abort();
    expect(await done).toBeInstanceOf(AbortError);
  });

  it("refuses bad arguments before waiting, naming each", async () => {
    const { client } = setup();
    const session = await client.devices.get(phone).createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    const error = (await session
      .waitForStatus("READY" as never, { timeout: -1, interval: 1.5 })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(["status", "options.timeout", "options.interval"]);
  });
});

describe("client.sessions.delete(id) and extend(id, seconds): one request each, no read first", () => {
  it("extends and deletes by id", async () => {
    const { client, polls } = setup();
    const created = await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 600 });
    sandbox.clock.advance(1);
    polls.length = 0;
    const extended = await client.sessions.extend(created.id, 300);
    expect(extended.duration).toBe(900);
    expect(extended.id).toBe(created.id);
    await client.sessions.delete(created.id);
    expect(polls).toEqual([
      `POST /quality-on-demand/v1/sessions/${created.id}/extend`,
      `DELETE /quality-on-demand/v1/sessions/${created.id}`,
    ]);
  });

  it("checks the id and the seconds before sending", async () => {
    const { client, polls } = setup();
    await expect(client.sessions.delete("nope")).rejects.toThrow(ValidationError);
    await expect(client.sessions.extend("3fa85f64-5717-4562-b3fc-2c963f66afa6", 0)).rejects.toThrow("seconds");
    expect(polls).toEqual([]);
  });
});
