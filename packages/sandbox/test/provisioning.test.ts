import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox, type SandboxOptions } from "../src/index.js";
import { contractOf } from "./helpers/contract.js";
import { type Receiver, selfSignedCertificate, startReceiver } from "./helpers/receiver.js";
import {
  CONTROL,
  call,
  expectError,
  INELIGIBLE_PHONE,
  mintToken,
  newSandbox,
  PHONE,
  type Reply,
  SECOND_PHONE,
  START,
  sessionBody,
} from "./helpers/sandbox.js";

const BASE = "/qos-provisioning/v0.4rc1";
const spec = contractOf("provisioning@0.4.0-rc.1");
const credential = {
  credentialType: "ACCESSTOKEN",
  accessToken: "assignment-sink-token",
  accessTokenExpiresUtc: "2027-01-01T00:00:00Z",
  accessTokenType: "bearer",
};

let sandbox: Sandbox;
let receiver: Receiver;
const open = (options: SandboxOptions = {}) => {
  sandbox = newSandbox({ notifications: { ca: selfSignedCertificate().cert }, ...options });
};
beforeEach(async () => {
  receiver = await startReceiver();
  open();
});
afterEach(async () => {
  await sandbox.close();
  await receiver.close();
});

const create = async (body: Record<string, unknown>, token?: string) =>
  spec(
    "POST",
    "/qos-assignments",
    await call(sandbox, "POST", `${BASE}/qos-assignments`, { body, ...(token ? { token } : {}) }),
  );
const get = async (id: string) =>
  spec("GET", "/qos-assignments/{assignmentId}", await call(sandbox, "GET", `${BASE}/qos-assignments/${id}`));
const revoke = async (id: string) =>
  spec("DELETE", "/qos-assignments/{assignmentId}", await call(sandbox, "DELETE", `${BASE}/qos-assignments/${id}`));
const byDevice = async (phoneNumber: string): Promise<Reply> =>
  spec(
    "POST",
    "/retrieve-qos-assignment",
    await call(sandbox, "POST", `${BASE}/retrieve-qos-assignment`, { body: { device: { phoneNumber } } }),
  );
const advance = async (seconds: number) => {
  sandbox.clock.advance(seconds);
  await sandbox.notifications.idle();
};
const events = () =>
  receiver.received.map((n) => [n.body.type, n.body.data.status, n.body.data.statusInfo].filter(Boolean).join(" "));
const TYPE = "org.camaraproject.qos-provisioning.v0.status-changed";

describe("QoS Provisioning 0.4.0-rc.1: lifecycle on the virtual clock", () => {
  it("REQUESTED → AVAILABLE after the activation delay; synchronous revoke: 204, UNAVAILABLE for 360 s, then 404", async () => {
    const created = await create({
      device: { phoneNumber: PHONE },
      qosProfile: "QOS_M",
      sink: receiver.url,
      sinkCredential: credential,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M", status: "REQUESTED" });
    const id = created.body.assignmentId as string;
    await advance(1);
    expect((await get(id)).body).toMatchObject({ status: "AVAILABLE", startedAt: "2026-11-21T10:00:01Z" });
    expect((await byDevice(PHONE)).body.assignmentId).toBe(id);

    expect((await revoke(id)).status).toBe(204);
    await sandbox.notifications.idle();
    expect((await get(id)).body).toMatchObject({ status: "UNAVAILABLE", statusInfo: "DELETE_REQUESTED" });
    expect(events()).toEqual([`${TYPE} AVAILABLE`, `${TYPE} UNAVAILABLE DELETE_REQUESTED`]);
    expect(receiver.received[0]?.headers.authorization).toBe("Bearer assignment-sink-token");
    expect(receiver.received[0]?.body.source).toMatch(new RegExp(`${BASE}/qos-assignments/${id}$`));

    await advance(359);
    expect((await get(id)).status).toBe(200);
    await advance(1);
    expectError(await get(id), 404, "NOT_FOUND");
    expectError(await byDevice(PHONE), 404, "NOT_FOUND");
  });

  it("asynchronous revoke (provisioning.asyncDelete): 202 AVAILABLE/DELETE_REQUESTED, UNAVAILABLE one delay later", async () => {
    await sandbox.close();
    open({ provisioning: { asyncDelete: true } });
    const { body } = await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M", sink: receiver.url });
    await advance(1);
    const pending = await revoke(body.assignmentId);
    expect(pending.status).toBe(202);
    expect(pending.body).toMatchObject({ status: "AVAILABLE", statusInfo: "DELETE_REQUESTED" });
    expect((await get(body.assignmentId)).body.status).toBe("AVAILABLE");
    await advance(1);
    expect((await get(body.assignmentId)).body).toMatchObject({
      status: "UNAVAILABLE",
      statusInfo: "DELETE_REQUESTED",
    });
    expect(events()).toEqual([`${TYPE} AVAILABLE`, `${TYPE} UNAVAILABLE DELETE_REQUESTED`]);
    // Revoking an assignment that is still REQUESTED ends it at once.
    const second = await create({ device: { phoneNumber: SECOND_PHONE }, qosProfile: "QOS_M" });
    expect((await revoke(second.body.assignmentId)).status).toBe(204);
  });

  it("the control API switches the revoke mode at run time (PUT /sandbox/v1/provisioning)", async () => {
    expect((await call(sandbox, "GET", `${CONTROL}/provisioning`)).body).toEqual({ asyncDelete: false });
    const put = (body: unknown) => call(sandbox, "PUT", `${CONTROL}/provisioning`, { body });
    expect((await put({ asyncDelete: true })).body).toEqual({ asyncDelete: true });
    expectError(await put({ asyncDelete: "yes" }), 400, "INVALID_ARGUMENT", /asyncDelete/);
    const { body } = await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" });
    await advance(1);
    expect((await revoke(body.assignmentId)).status).toBe(202);
    await put({ asyncDelete: false });
    const other = await create({ device: { phoneNumber: SECOND_PHONE }, qosProfile: "QOS_M" });
    await advance(1);
    expect((await revoke(other.body.assignmentId)).status).toBe(204);
  });

  it("with activation delay 0 a create answers AVAILABLE; the control API terminates: NETWORK_TERMINATED", async () => {
    await sandbox.close();
    open({ activationDelaySeconds: 0 });
    const { body } = await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M", sink: receiver.url });
    expect(body.status).toBe("AVAILABLE");
    const ended = await call(sandbox, "POST", `${CONTROL}/assignments/${body.assignmentId}/terminate`);
    expect(ended.body).toMatchObject({ status: "UNAVAILABLE", statusInfo: "NETWORK_TERMINATED" });
    expectError(await call(sandbox, "POST", `${CONTROL}/assignments/${body.assignmentId}/terminate`), 409, "CONFLICT");
    await sandbox.notifications.idle();
    expect(events()).toEqual([`${TYPE} AVAILABLE`, `${TYPE} UNAVAILABLE NETWORK_TERMINATED`]);
    // An ended assignment no longer blocks the device.
    expect((await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_S" })).status).toBe(201);
  });
});

describe("QoS Provisioning: notifications and 3-legged tokens", () => {
  it("a sink answering 410 gets no further events of that assignment", async () => {
    receiver.answers.push(410);
    const { body } = await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M", sink: receiver.url });
    await advance(1);
    expect((await revoke(body.assignmentId)).status).toBe(204);
    await advance(30);
    expect(events()).toEqual([`${TYPE} AVAILABLE`]);
    const attempts = sandbox.notifications.history().map((r) => [r.subject, r.outcome]);
    expect(attempts).toEqual([["assignment", "gone"]]);
  });

  it("with a token bound to the device the body names none and the answer carries none", async () => {
    const bound = await mintToken(sandbox, { device: { phoneNumber: PHONE } });
    const created = await create({ qosProfile: "QOS_M" }, bound);
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty("device");
    expectError(
      await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" }, bound),
      422,
      "UNNECESSARY_IDENTIFIER",
    );
    const mine = await call(sandbox, "POST", `${BASE}/retrieve-qos-assignment`, { body: {}, token: bound });
    expect(spec("POST", "/retrieve-qos-assignment", mine).body.assignmentId).toBe(created.body.assignmentId);
  });
});

describe("QoS Provisioning: rules and documented errors", () => {
  it("one live assignment per device (409 CONFLICT); 404 by device when it has none", async () => {
    expectError(await byDevice(PHONE), 404, "NOT_FOUND");
    expect((await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" })).status).toBe(201);
    expectError(await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_L" }), 409, "CONFLICT");
  });

  it("a device holds at most caps.assignmentsPerDevice assignments, revoked ones until removed: then 409", async () => {
    await sandbox.close();
    open({ caps: { assignmentsPerDevice: 2 }, activationDelaySeconds: 0 });
    const body = { device: { phoneNumber: PHONE }, qosProfile: "QOS_M" };
    for (let i = 0; i < 2; i++) expect((await revoke((await create(body)).body.assignmentId)).status).toBe(204);
    expectError(await create(body), 409, "CONFLICT", /caps\.assignmentsPerDevice/);
    await advance(360);
    expect((await create(body)).status).toBe(201);
  });

  it("validates the body strictly and applies the device and profile rules", async () => {
    expectError(
      await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M", extra: true }),
      400,
      "INVALID_ARGUMENT",
    );
    expectError(await create({ device: { phoneNumber: PHONE } }), 400, "INVALID_ARGUMENT", /qosProfile: is required/);
    expectError(
      await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M", sink: "http://x.example/n" }),
      400,
      "INVALID_SINK",
    );
    expectError(await create({ qosProfile: "QOS_M" }), 422, "MISSING_IDENTIFIER");
    expectError(
      await create({ device: { phoneNumber: INELIGIBLE_PHONE }, qosProfile: "QOS_M" }),
      422,
      "SERVICE_NOT_APPLICABLE",
    );
    expectError(
      await create({ device: { phoneNumber: "+99999999999" }, qosProfile: "QOS_M" }),
      404,
      "IDENTIFIER_NOT_FOUND",
    );
    expectError(
      await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_TEST_INACTIVE" }),
      422,
      "QOS_PROVISIONING.QOS_PROFILE_NOT_APPLICABLE",
    );
    expectError(
      await create({
        device: { phoneNumber: PHONE },
        qosProfile: "QOS_M",
        sink: receiver.url,
        sinkCredential: { credentialType: "PRIVATE_KEY_JWT" },
      }),
      422,
      "PRIVATE_KEY_JWT_NOT_CONFIGURED",
    );
    expectError(await get("not-a-uuid"), 400, "INVALID_ARGUMENT");
    expect(sandbox.state.snapshot().assignments).toEqual([]);
  });

  it("takes no X-RapidAPI-Key: QoS Provisioning's contract has only OpenID Connect", async () => {
    await sandbox.close();
    open({ rapidApiKey: "nac-key" });
    const reply = await call(sandbox, "POST", `${BASE}/qos-assignments`, {
      token: null,
      headers: { "x-rapidapi-key": "nac-key" },
      body: { device: { phoneNumber: PHONE }, qosProfile: "QOS_M" },
    });
    expectError(spec("POST", "/qos-assignments", reply), 401, "UNAUTHENTICATED");
  });

  it("needs the provisioning scopes, minted by default; another client's assignment is 403", async () => {
    const all = await mintToken(sandbox, {});
    const { body } = await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" }, all);
    const readOnly = await mintToken(sandbox, { scopes: ["qos-provisioning:qos-assignments:read"] });
    expectError(
      await create({ device: { phoneNumber: SECOND_PHONE }, qosProfile: "QOS_M" }, readOnly),
      403,
      "PERMISSION_DENIED",
    );
    const other = await mintToken(sandbox, { clientId: "other" });
    const foreign = await call(sandbox, "GET", `${BASE}/qos-assignments/${body.assignmentId}`, { token: other });
    expectError(spec("GET", "/qos-assignments/{assignmentId}", foreign), 403, "PERMISSION_DENIED");
  });
});

describe("QoS Provisioning: stored state", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "qod-assignments-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses an impossible stored assignment, naming the table, the row and the field", async () => {
    const stateFile = join(dir, "state.db");
    await sandbox.close();
    open({ stateFile });
    const { body } = await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" });
    await sandbox.close();
    const db = new Database(stateFile);
    db.exec(`UPDATE assignments SET body = json_set(body, '$.status', 'PAUSED')`);
    db.close();
    expect(() => createSandbox({ logger: false, stateFile })).toThrow(
      new RegExp(`assignments row "${body.assignmentId}": status PAUSED is unknown`),
    );
    open();
  });

  it("migrates a schema-1 state file forward: the assignments table is added, sessions kept", async () => {
    const stateFile = join(dir, "v1.db");
    await sandbox.close();
    open({ stateFile });
    expect((await call(sandbox, "POST", "/quality-on-demand/v1/sessions", { body: sessionBody() })).status).toBe(201);
    await sandbox.close();
    const db = new Database(stateFile);
    db.exec("DROP TABLE assignments; DELETE FROM schema_version WHERE version = 2;");
    db.close();
    open({ stateFile });
    expect(sandbox.state.sessionCount).toBe(1);
    expect((await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" })).status).toBe(201);
    const check = new Database(stateFile, { readonly: true });
    expect(check.prepare("SELECT version FROM schema_version ORDER BY version").all()).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
    check.close();
  });

  it("an assignment survives a restart on a state file and goes on with its lifecycle", async () => {
    const stateFile = join(dir, "state.db");
    await sandbox.close();
    open({ stateFile });
    const { body } = await create({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" });
    await sandbox.close();
    sandbox = createSandbox({ logger: false, stateFile, clock: { start: START } });
    expect((await get(body.assignmentId)).body.status).toBe("REQUESTED");
    sandbox.clock.advance(1);
    expect((await get(body.assignmentId)).body.status).toBe("AVAILABLE");
    const changes: string[] = [];
    sandbox.changes.subscribe((batch) => {
      for (const change of batch.changes) if (change.kind === "assignment") changes.push(change.id);
    });
    expect((await revoke(body.assignmentId)).status).toBe(204);
    expect(changes).toEqual([body.assignmentId]);
    expect(sandbox.state.assignment(body.assignmentId)).toMatchObject({
      status: "UNAVAILABLE",
      clientId: "default",
      deviceId: "device-1",
    });
  });
});
