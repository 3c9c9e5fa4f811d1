import { afterEach, describe, expect, it } from "vitest";
import { PROFILES_VERSIONS, PROVISIONING_VERSION, QOD_VERSIONS } from "../src/api/versions.js";
import type { Sandbox } from "../src/index.js";
import { controlContract, readEvents } from "./helpers/event-stream.js";
import {
  CONTROL,
  call,
  createSession,
  expectError,
  mintToken,
  newSandbox,
  PHONE,
  QOD,
  START,
} from "./helpers/sandbox.js";

const ADMIN_TOKEN = "dashboard-admin-0123456789abcdef0123456789";
let sandbox: Sandbox;

afterEach(async () => {
  await sandbox.close();
});

async function openStream(headers: Record<string, string> = {}) {
  const response = await sandbox.fetch(`http://sandbox.test${CONTROL}/events`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-store");
  return readEvents(response);
}

describe("GET /sandbox/v1/events", () => {
  it("starts with a snapshot of the state, as the contract describes it", async () => {
    sandbox = newSandbox();
    const { sessionId } = await createSession(sandbox);
    const stream = await openStream();
    const first = await stream.next();
    expect(first.event).toBe("snapshot");
    expect(controlContract.validate("/components/schemas/Snapshot", first.data)).toEqual([]);
    expect(first.data).toMatchObject({ now: START, realtime: false, faults: [], limits: [] });
    expect(first.data.sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual([sessionId]);
    expect(first.data.devices).toHaveLength(5);
    expect(first.data.assignments).toEqual([]);
    expect(String(first.data.revision)).toBe(first.id);
    await stream.close();
  });

  it("sends each later change as it happens, with the new sandbox time", async () => {
    sandbox = newSandbox();
    const stream = await openStream();
    await stream.next();
    expect((await call(sandbox, "POST", `${CONTROL}/faults`, { body: { status: 503 } })).status).toBe(201);
    const armed = await stream.next();
    expect(armed.data.faults).toEqual([{ status: 503, remaining: 1 }]);
    expect((await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: 60 } })).status).toBe(200);
    const moved = await stream.next();
    expect(moved.data.now).toBe("2026-11-21T10:01:00Z");
    expect(Number(moved.id)).toBeGreaterThan(Number(armed.id));
    for (const message of [armed, moved])
      expect(
        controlContract.validate(
          `/components/schemas/${message.event === "change" ? "Change" : "Snapshot"}`,
          message.data,
        ),
      ).toEqual([]);
    await stream.close();
  });
});

describe("GET /sandbox/v1/events: sessions", () => {
  it("sends a session's changes with its timeline entries, its removal, and a snapshot after a reset", async () => {
    sandbox = newSandbox({ retentionSeconds: 60 });
    const stream = await openStream();
    await stream.next();
    const { sessionId } = await createSession(sandbox, { duration: 30 });
    const created = await stream.next();
    expect(created.event).toBe("change");
    expect(created.data.sessions).toMatchObject([
      { sessionId, qosStatus: "REQUESTED", clientId: "default", deviceId: "device-1" },
    ]);
    expect(created.data.sessionEvents).toMatchObject([{ sessionId, kind: "created", at: START, duration: 30 }]);
    expect(controlContract.validate("/components/schemas/Change", created.data)).toEqual([]);

    expect((await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: 3600 } })).status).toBe(200);
    const kinds: string[] = [];
    let removed: string[] | undefined;
    while (removed === undefined) {
      const message = await stream.next();
      kinds.push(...(message.data.sessionEvents ?? []).map((e: { kind: string }) => e.kind));
      removed = message.data.removedSessions;
    }
    expect(kinds).toEqual(["activated", "expired", "removed"]);
    expect(removed).toEqual([sessionId]);

    expect((await call(sandbox, "POST", `${CONTROL}/reset`)).status).toBe(200);
    let message = await stream.next();
    while (message.event !== "snapshot") message = await stream.next();
    expect(message.data.sessions).toEqual([]);
    await stream.close();
  });
});

const ASSIGNMENTS = `${PROVISIONING_VERSION.base}/qos-assignments`;

async function createAssignment(token?: string): Promise<string> {
  const reply = await call(sandbox, "POST", ASSIGNMENTS, {
    body: { device: { phoneNumber: PHONE }, qosProfile: "QOS_M" },
    ...(token ? { token } : {}),
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.assignmentId as string;
}

/** Reads messages until `found` picks something out of one; the messages read on the way are returned too. */
async function readUntil<T>(stream: ReturnType<typeof readEvents>, found: (data: any) => T | undefined) {
  const seen: any[] = [];
  for (;;) {
    const message = await stream.next();
    seen.push(message.data);
    const value = found(message.data);
    if (value !== undefined) return { value, seen };
  }
}

describe("GET /sandbox/v1/events: QoS assignments and served APIs", () => {
  it("lists every served API version in the snapshot, from the sandbox's version table", async () => {
    sandbox = newSandbox();
    const stream = await openStream();
    const { data } = await stream.next();
    const bases = [...QOD_VERSIONS, ...PROFILES_VERSIONS, PROVISIONING_VERSION].map((v) => v.base);
    expect(data.apis.map((a: { basePath: string }) => a.basePath)).toEqual(bases);
    expect(data.apis).toContainEqual({
      name: "QoS Provisioning",
      version: "0.4.0-rc.1",
      basePath: "/qos-provisioning/v0.4rc1",
    });
    expect(data.apis).toContainEqual({
      name: "Quality on Demand",
      version: "1.1.0",
      basePath: "/quality-on-demand/v1",
    });
    await stream.close();
  });

  it("sends an assignment's changes with its timeline entries, its termination and its removal", async () => {
    sandbox = newSandbox({ activationDelaySeconds: 1, retentionSeconds: 60 });
    const stream = await openStream();
    await stream.next();
    const id = await createAssignment();
    const created = await stream.next();
    expect(created.data.assignments).toEqual([
      {
        assignmentId: id,
        device: { phoneNumber: PHONE },
        qosProfile: "QOS_M",
        status: "REQUESTED",
        clientId: "default",
        deviceId: "device-1",
      },
    ]);
    expect(created.data.sessionEvents).toMatchObject([
      { sessionId: id, subject: "assignment", kind: "created", at: START },
    ]);
    expect(created.data.sessions).toBeUndefined();

    expect((await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: 5 } })).status).toBe(200);
    const activated = await readUntil(stream, (data) => data.assignments?.[0]);
    expect(activated.value).toMatchObject({ status: "AVAILABLE", startedAt: "2026-11-21T10:00:01Z" });

    const terminated = await call(sandbox, "POST", `${CONTROL}/assignments/${id}/terminate`);
    expect(terminated.status).toBe(200);
    expect(controlContract.validate("/components/schemas/Assignment", terminated.body)).toEqual([]);
    const ended = await stream.next();
    expect(ended.data.assignments).toMatchObject([
      { assignmentId: id, status: "UNAVAILABLE", statusInfo: "NETWORK_TERMINATED" },
    ]);
    expect(ended.data.sessionEvents).toMatchObject([{ sessionId: id, subject: "assignment", kind: "terminated" }]);

    expect((await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: 120 } })).status).toBe(200);
    const removed = await readUntil(stream, (data) => data.removedAssignments);
    expect(removed.value).toEqual([id]);
    expect(removed.seen.at(-1).sessionEvents).toMatchObject([
      { sessionId: id, subject: "assignment", kind: "removed" },
    ]);
    for (const data of [created.data, activated.seen.at(-1), ended.data, removed.seen.at(-1)])
      expect(controlContract.validate("/components/schemas/Change", data)).toEqual([]);

    const reopened = await openStream();
    const snapshot = await reopened.next();
    expect(snapshot.data.assignments).toEqual([]);
    expect(
      snapshot.data.sessionEvents
        .filter((e: { subject?: string }) => e.subject === "assignment")
        .map((e: { kind: string }) => e.kind),
    ).toEqual(["created", "activated", "terminated", "removed"]);
    await Promise.all([stream.close(), reopened.close()]);
  });

  it("shows assignments in the snapshot and the state as the contract describes them", async () => {
    sandbox = newSandbox({ activationDelaySeconds: 0 });
    const id = await createAssignment();
    const stream = await openStream();
    const { data } = await stream.next();
    expect(data.assignments).toMatchObject([{ assignmentId: id, status: "AVAILABLE", startedAt: START }]);
    expect(controlContract.validate("/components/schemas/Snapshot", data)).toEqual([]);
    const state = await call(sandbox, "GET", `${CONTROL}/state`);
    expect(controlContract.validate("/components/schemas/State", state.body)).toEqual([]);
    expect(state.body.assignments).toEqual(data.assignments);
    await stream.close();
  });
});

describe("control API: assignments of any client", () => {
  it("revokes another client's assignment: 204 at once, or 202 while an asynchronous revoke is pending", async () => {
    sandbox = newSandbox({ activationDelaySeconds: 0 });
    const other = await mintToken(sandbox, { clientId: "other-app" });
    const first = await createAssignment(other);
    expect((await call(sandbox, "DELETE", `${CONTROL}/assignments/${first}`)).status).toBe(204);
    expect(sandbox.state.assignment(first)).toMatchObject({ status: "UNAVAILABLE", statusInfo: "DELETE_REQUESTED" });
    expect((await call(sandbox, "DELETE", `${CONTROL}/assignments/${first}`)).status).toBe(204);

    expect((await call(sandbox, "PUT", `${CONTROL}/provisioning`, { body: { asyncDelete: true } })).status).toBe(200);
    const second = await createAssignment(other);
    const pending = await call(sandbox, "DELETE", `${CONTROL}/assignments/${second}`);
    expect(pending.status).toBe(202);
    expect(pending.body).toMatchObject({ assignmentId: second, status: "AVAILABLE", statusInfo: "DELETE_REQUESTED" });
    expect(controlContract.validate("/components/schemas/Assignment", pending.body)).toEqual([]);
    sandbox.clock.advance(1);
    expect(sandbox.state.assignment(second)).toMatchObject({ status: "UNAVAILABLE", statusInfo: "DELETE_REQUESTED" });
  });

  it("names the problem with an unknown or malformed assignment id", async () => {
    sandbox = newSandbox();
    const unknown = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    for (const path of [`${CONTROL}/assignments/${unknown}`, `${CONTROL}/assignments/${unknown}/terminate`])
      expectError(
        await call(sandbox, path.endsWith("terminate") ? "POST" : "DELETE", path),
        404,
        "NOT_FOUND",
        new RegExp(unknown),
      );
    expectError(await call(sandbox, "DELETE", `${CONTROL}/assignments/nope`), 400, "INVALID_ARGUMENT", /assignmentId/);
    const id = await createAssignment();
    expect((await call(sandbox, "POST", `${CONTROL}/assignments/${id}/terminate`)).status).toBe(200);
    expectError(
      await call(sandbox, "POST", `${CONTROL}/assignments/${id}/terminate`),
      409,
      "CONFLICT",
      /already ended/,
    );
  });
});

describe("control API: sessions of any client", () => {
  it("extends and deletes a session that another API client owns", async () => {
    sandbox = newSandbox({ activationDelaySeconds: 0 });
    const other = await mintToken(sandbox, { clientId: "other-app" });
    const { sessionId } = await createSession(sandbox, { duration: 600 }, other);
    const extended = await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/extend`, {
      body: { requestedAdditionalDuration: 120 },
    });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ sessionId, duration: 720, qosStatus: "AVAILABLE" });
    expect(controlContract.validate("/components/schemas/Session", extended.body)).toEqual([]);
    expect((await call(sandbox, "DELETE", `${CONTROL}/sessions/${sessionId}`)).status).toBe(204);
    expectError(await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { token: other }), 404, "NOT_FOUND");
  });

  it("names the problem with an unknown session, a bad id or a bad body", async () => {
    sandbox = newSandbox();
    const unknown = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    expectError(await call(sandbox, "DELETE", `${CONTROL}/sessions/${unknown}`), 404, "NOT_FOUND", new RegExp(unknown));
    expectError(await call(sandbox, "DELETE", `${CONTROL}/sessions/nope`), 400, "INVALID_ARGUMENT", /sessionId/);
    const { sessionId } = await createSession(sandbox);
    expectError(
      await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/extend`, {
        body: { requestedAdditionalDuration: 0 },
      }),
      400,
      "OUT_OF_RANGE",
      /requestedAdditionalDuration/,
    );
    expectError(
      await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/extend`, {
        body: { requestedAdditionalDuration: 60 },
      }),
      409,
      "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED",
    );
  });
});

describe("the dashboard and the stream beyond loopback", () => {
  it("ask for the admin token: HTTP Basic for browsers, or a bearer token", async () => {
    sandbox = newSandbox({ adminToken: ADMIN_TOKEN });
    const url = (await sandbox.listen(0, "0.0.0.0")).replace("0.0.0.0", "127.0.0.1");
    const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

    const challenged = await fetch(`${url}/`);
    expect(challenged.status).toBe(401);
    expect(challenged.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    expect((await challenged.json()).code).toBe("UNAUTHENTICATED");
    expect((await fetch(`${url}/`, { headers: { authorization: basic("me", "wrong") } })).status).toBe(401);
    expect((await fetch(`${url}${CONTROL}/events`)).status).toBe(401);

    const page = await fetch(`${url}/`, { headers: { authorization: basic("me", ADMIN_TOKEN) } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${url}/${script}`, { headers: { authorization: basic("", ADMIN_TOKEN) } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    await asset.arrayBuffer();

    const state = await fetch(`${url}${CONTROL}/state`, { headers: { authorization: basic("me", ADMIN_TOKEN) } });
    expect(state.status).toBe(200);
    await state.arrayBuffer();
    const events = await fetch(`${url}${CONTROL}/events`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(events.status).toBe(200);
    const stream = readEvents(events);
    expect((await stream.next()).event).toBe("snapshot");
    await stream.close();
  });

  it("answers 404 with the error body for files the dashboard does not have", async () => {
    sandbox = newSandbox();
    expectError(await call(sandbox, "GET", "/assets/nope.js"), 404, "NOT_FOUND");
    const page = await sandbox.fetch("http://sandbox.test/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
  });
});
