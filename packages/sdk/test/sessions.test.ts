import { describe, expect, it } from "vitest";
import { ClearSessionsError, NotFoundError, ServerError } from "../src/index.js";
import { flush } from "./support/fake-clock.js";
import { setup } from "./support/setup.js";

const phone = { phoneNumber: "+36721601234567" };
const base = { profile: "QOS_L", serviceIpv4: "233.252.0.2" };

describe("listing, reading, extending, deleting", () => {
  it("device.sessions() posts the device to /retrieve-sessions and maps each session", async () => {
    const { client, provider } = setup();
    const device = client.devices.get(phone);
    expect(await device.sessions()).toEqual([]);
    await device.createQodSession({ ...base, duration: 600 });
    await device.createQodSession({ ...base, serviceIpv4: "198.51.100.7", duration: 900 });
    const sessions = await device.sessions();
    const retrieve = provider.calls("retrieveSessionsByDevice");
    expect(retrieve.at(-1)?.body).toEqual({ device: { phoneNumber: "+36721601234567" } });
    expect(sessions.map((s) => [s.serviceIpv4, s.duration])).toEqual([
      ["233.252.0.2", 600],
      ["198.51.100.7", 900],
    ]);
    expect(sessions[0]?.device).toBe(device);
  });

  it("device.sessions() throws the provider's error instead of returning []", async () => {
    const { client, provider } = setup({ maxRetries: 0 });
    provider.next("retrieveSessionsByDevice", {
      status: 404,
      body: { status: 404, code: "IDENTIFIER_NOT_FOUND", message: "Device identifier not found." },
    });
    await expect(client.devices.get(phone).sessions()).rejects.toMatchObject({
      name: "NotFoundError",
      code: "IDENTIFIER_NOT_FOUND",
    });
  });

  it("client.sessions.get(id) reads by id, with the device from the response", async () => {
    const { client, provider } = setup();
    const created = await client.devices.get(phone).createQodSession(base);
    const session = await client.sessions.get(created.id);
    expect(provider.calls("getSession")[0]?.path).toBe(`/quality-on-demand/v1/sessions/${created.id}`);
    expect(session.id).toBe(created.id);
    expect(session.device?.phoneNumber).toBe("+36721601234567");
    await expect(client.sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("extend(seconds) posts the extra seconds and updates duration, expiresAt and status", async () => {
    const { client, provider } = setup();
    const session = await client.devices.get(phone).createQodSession({ ...base, duration: 3600 });
    const returned = await session.extend(1800);
    expect(returned).toBe(session);
    const [call] = provider.calls("extendQosSessionDuration");
    expect(call?.path).toBe(`/quality-on-demand/v1/sessions/${session.id}/extend`);
    expect(call?.body).toEqual({ requestedAdditionalDuration: 1800 });
    expect(session.duration).toBe(5400);
    expect(session.expiresAt).toEqual(new Date("2026-11-21T11:30:00Z"));
    expect(session.status).toBe("AVAILABLE");
  });

  it("extend takes what the provider answers, e.g. a capped duration", async () => {
    const { client } = setup();
    const session = await client.devices.get(phone).createQodSession({ ...base, duration: 86000 });
    await session.extend(3600);
    expect(session.duration).toBe(86400);
    expect(session.expiresAt).toEqual(new Date("2026-11-22T10:00:00Z"));
  });

  it("refresh() reads the session again, including status and statusInfo", async () => {
    const { client, provider } = setup();
    const session = await client.devices.get(phone).createQodSession(base);
    const stored = provider.sessions.get(session.id);
    Object.assign(stored, {
      qosStatus: "UNAVAILABLE",
      statusInfo: "NETWORK_TERMINATED",
      expiresAt: "2026-11-21T10:20:00Z",
    });
    await session.refresh();
    expect(session.status).toBe("UNAVAILABLE");
    expect(session.statusInfo).toBe("NETWORK_TERMINATED");
    expect(session.expiresAt).toEqual(new Date("2026-11-21T10:20:00Z"));
  });

  it("delete() sends DELETE and marks the session deleted", async () => {
    const { client, provider } = setup();
    const session = await client.devices.get(phone).createQodSession(base);
    await session.delete();
    expect(provider.calls("deleteSession")[0]?.path).toBe(`/quality-on-demand/v1/sessions/${session.id}`);
    expect(provider.sessions.has(session.id)).toBe(false);
    expect([session.status, session.statusInfo]).toEqual(["UNAVAILABLE", "DELETE_REQUESTED"]);
  });

  it("remainingSeconds() counts down with the clock, 0 at the end, full duration while REQUESTED", async () => {
    const { client, clock, provider } = setup();
    const session = await client.devices.get(phone).createQodSession({ ...base, duration: 100 });
    expect(session.remainingSeconds()).toBe(100);
    await clock.advance(30_500);
    expect(session.remainingSeconds()).toBe(69);
    expect(session.remainingSeconds(new Date("2026-11-21T10:05:00Z"))).toBe(0);
    provider.next("createSession", {
      status: 201,
      body: {
        sessionId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        applicationServer: { ipv4Address: "233.252.0.2" },
        qosProfile: "QOS_L",
        duration: 50,
        qosStatus: "REQUESTED",
      },
    });
    const requested = await client.devices.get(phone).createQodSession({ ...base, duration: 50 });
    expect(requested.startedAt).toBeUndefined();
    expect(requested.remainingSeconds()).toBe(50);
  });
});

describe("clearSessions()", () => {
  it("deletes every session and waits for each DELETE before resolving", async () => {
    const { client, provider } = setup();
    const device = client.devices.get(phone);
    const ids: string[] = [];
    for (const ip of ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5", "203.0.113.6"]) {
      ids.push((await device.createQodSession({ ...base, serviceIpv4: ip })).id);
    }
    // Hold every DELETE until the test releases it, to see clearSessions wait for all of them.
    const releases: (() => void)[] = [];
    const original = provider.fetch;
    provider.fetch = (request) =>
      request.method === "DELETE"
        ? new Promise<void>((r) => releases.push(r)).then(() => original(request))
        : original(request);
    const client2 = setup({ fetch: (r) => provider.fetch(r) }).client;
    let settled = false;
    const clearing = client2.devices
      .get(phone)
      .clearSessions()
      .then((deleted) => {
        settled = true;
        return deleted;
      });
    await flush();
    expect(releases).toHaveLength(4); // at most four at once
    for (let i = 0; i < 5; i++) {
      releases.shift()?.();
      await flush();
      expect(settled).toBe(false);
    }
    releases.shift()?.();
    expect((await clearing).sort()).toEqual([...ids].sort());
    expect(provider.sessions.size).toBe(0);
  });

  it("reports partial failure as one error listing which ids failed and why; a 404 counts as gone", async () => {
    const { client, provider } = setup({ maxRetries: 0 });
    const device = client.devices.get(phone);
    const a = await device.createQodSession({ ...base, serviceIpv4: "203.0.113.1" });
    const b = await device.createQodSession({ ...base, serviceIpv4: "203.0.113.2" });
    const c = await device.createQodSession({ ...base, serviceIpv4: "203.0.113.3" });
    provider.next(
      "deleteSession",
      { status: 500, body: { status: 500, code: "INTERNAL", message: "Server error" } },
      { status: 404, body: { status: 404, code: "NOT_FOUND", message: "gone" } },
    );
    const error = await device.clearSessions().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClearSessionsError);
    const clear = error as ClearSessionsError;
    expect(clear.failures.map((f) => f.sessionId)).toEqual([a.id]);
    expect(clear.failures[0]?.error).toBeInstanceOf(ServerError);
    expect(clear.deleted).toEqual([b.id, c.id]);
    expect(clear.message).toContain(`1 of 3 sessions could not be deleted: ${a.id} (ServerError: Server error)`);
  });
});
