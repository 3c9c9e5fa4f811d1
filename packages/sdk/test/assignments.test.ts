// QoS Provisioning: a profile assigned to a device until revoked, with the sessions' input
// checks, errors, retries and wait.
import { describe, expect, it } from "vitest";
import {
  Assignment,
  ConflictError,
  NotFoundError,
  SessionEndedError,
  TimeoutError,
  type ValidationError,
} from "../src/index.js";
import { setup } from "./support/setup.js";

const phone = { phoneNumber: "+36721601234567" };
const ID = "7c1f9a2e-4b7d-4c55-9e0a-2f4d6b8a1c3e";
const sink = "https://app.example.com/notify";
const info = (status: string, statusInfo?: string) => ({
  assignmentId: ID,
  device: phone,
  qosProfile: "QOS_L",
  status,
  ...(statusInfo && { statusInfo }),
});

describe("device.assignQos()", () => {
  it("sends the device, the profile and the sink to /qos-provisioning/v0.4rc1/qos-assignments", async () => {
    const { client, provider } = setup();
    const sinkCredential = { credentialType: "PRIVATE_KEY_JWT" as const, clientId: "app-1" };
    const assignment = await client.devices.get(phone).assignQos({ profile: "QOS_L", sink, sinkCredential });
    const [request] = provider.calls("createQosAssignment");
    expect(request?.path).toBe("/qos-provisioning/v0.4rc1/qos-assignments");
    expect(request?.body).toEqual({ device: phone, qosProfile: "QOS_L", sink, sinkCredential });
    expect(assignment).toBeInstanceOf(Assignment);
    expect(assignment.toJSON()).toEqual({
      id: assignment.id,
      profile: "QOS_L",
      status: "AVAILABLE",
      startedAt: "2026-11-21T10:00:00.000Z",
      device: phone,
      sink,
    });
  });

  it("checks input before any request, naming the field", async () => {
    const { client, provider } = setup();
    const device = client.devices.get(phone);
    const unknown = (await device.assignQos({ profile: "QOS_Z" as never }).catch((e: unknown) => e)) as ValidationError;
    const insecure = (await device
      .assignQos({ profile: "QOS_L", sink: "http://app.example.com" })
      .catch((e: unknown) => e)) as ValidationError;
    const extra = (await device
      .assignQos({ profile: "QOS_L", duration: 60 } as never)
      .catch((e: unknown) => e)) as ValidationError;
    expect(unknown.issues[0]?.path).toBe("profile");
    expect(insecure.issues[0]?.path).toBe("sink");
    expect(extra.issues[0]?.message).toContain("unknown field 'duration'");
    expect(provider.requests).toHaveLength(0);
  });

  it("a second assignment of the same device is a ConflictError", async () => {
    const { client } = setup();
    const device = client.devices.get(phone);
    await device.assignQos({ profile: "QOS_L" });
    const error = await device.assignQos({ profile: "QOS_M" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe("CONFLICT");
  });

  it("a create that times out is looked up by device, never sent twice", async () => {
    const { client, provider, clock } = setup({ timeout: 10_000 });
    provider.next("createQosAssignment", { hang: true, process: true });
    const creating = client.devices.get(phone).assignQos({ profile: "QOS_L" });
    await clock.advance(10_000);
    const assignment = await creating;
    expect(provider.calls("createQosAssignment")).toHaveLength(1);
    expect(provider.calls("getQosAssignmentByDevice")).toHaveLength(1);
    expect(assignment.id).toBe([...provider.assignments.keys()][0]);
  });

  it("if the lookup finds none (404), the original TimeoutError is thrown", async () => {
    const { client, provider, clock } = setup({ timeout: 10_000 });
    provider.next("createQosAssignment", { hang: true });
    const creating = client.devices
      .get(phone)
      .assignQos({ profile: "QOS_L" })
      .catch((e: unknown) => e);
    await clock.advance(10_000);
    expect(await creating).toBeInstanceOf(TimeoutError);
    expect(provider.calls("createQosAssignment")).toHaveLength(1);
  });

  it("a 201 UNAVAILABLE is shown as is", async () => {
    const { client, provider } = setup();
    provider.next("createQosAssignment", { status: 201, body: info("UNAVAILABLE", "NETWORK_TERMINATED") });
    const assignment = await client.devices.get(phone).assignQos({ profile: "QOS_L" });
    expect([assignment.status, assignment.statusInfo]).toEqual(["UNAVAILABLE", "NETWORK_TERMINATED"]);
  });
});

describe("device.qosAssignment() and client.assignments", () => {
  it("reads the device's assignment, or undefined when it has none (404)", async () => {
    const { client, provider } = setup();
    const device = client.devices.get(phone);
    expect(await device.qosAssignment()).toBeUndefined();
    const made = await device.assignQos({ profile: "QOS_L" });
    const found = await device.qosAssignment();
    expect(found?.id).toBe(made.id);
    expect(provider.calls("getQosAssignmentByDevice").map((r) => r.body)).toEqual([
      { device: phone },
      { device: phone },
    ]);
  });

  it("gets by id (NotFoundError when none) and checks the id first", async () => {
    const { client, provider } = setup();
    const made = await client.devices.get(phone).assignQos({ profile: "QOS_L" });
    const got = await client.assignments.get(made.id);
    expect(got.device?.phoneNumber).toBe(phone.phoneNumber);
    expect(await client.assignments.get(ID).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
    const bad = (await client.assignments.get("nope").catch((e: unknown) => e)) as ValidationError;
    expect(bad.issues[0]).toEqual({
      path: "assignmentId",
      message: "assignment ids are UUIDs, e.g. 7c1f9a2e-4b7d-4c55-9e0a-2f4d6b8a1c3e",
    });
    expect(provider.calls("getQosAssignmentById")).toHaveLength(2);
  });
});

describe("assignment.revoke(), refresh() and waitForStatus()", () => {
  it("a 204 revokes at once: UNAVAILABLE / DELETE_REQUESTED", async () => {
    const { client, provider } = setup();
    const assignment = await client.devices.get(phone).assignQos({ profile: "QOS_L" });
    await assignment.revoke();
    expect(provider.calls("revokeQosAssignment")[0]?.path).toBe(
      `/qos-provisioning/v0.4rc1/qos-assignments/${assignment.id}`,
    );
    expect([assignment.status, assignment.statusInfo]).toEqual(["UNAVAILABLE", "DELETE_REQUESTED"]);
  });

  it("a 202 is followed by polling until UNAVAILABLE, with the sessions' backoff", async () => {
    const { client, provider, clock } = setup();
    provider.next("getQosAssignmentByDevice", { status: 200, body: info("AVAILABLE") });
    const assignment = (await client.devices.get(phone).qosAssignment()) as Assignment;
    provider.next("revokeQosAssignment", { status: 202, body: info("AVAILABLE", "DELETE_REQUESTED") });
    await assignment.revoke();
    expect([assignment.status, assignment.statusInfo]).toEqual(["AVAILABLE", "DELETE_REQUESTED"]);
    provider.next(
      "getQosAssignmentById",
      { status: 200, body: info("AVAILABLE", "DELETE_REQUESTED") },
      { status: 200, body: info("UNAVAILABLE", "DELETE_REQUESTED") },
    );
    const waiting = assignment.waitForStatus("UNAVAILABLE", { interval: 200 });
    await clock.advance(200);
    await clock.advance(400);
    await waiting;
    expect(assignment.status).toBe("UNAVAILABLE");
    expect(clock.sleeps.filter((ms) => ms < 30_000)).toEqual([200, 400]);
    expect(provider.calls("getQosAssignmentById")).toHaveLength(2);
  });

  it("waiting for AVAILABLE on an assignment the network ended is a SessionEndedError naming the assignment", async () => {
    const { client, provider } = setup();
    provider.next("getQosAssignmentByDevice", { status: 200, body: info("REQUESTED") });
    const assignment = (await client.devices.get(phone).qosAssignment()) as Assignment;
    provider.next("getQosAssignmentById", { status: 200, body: info("UNAVAILABLE", "NETWORK_TERMINATED") });
    await assignment.refresh();
    const error = await assignment.waitForStatus("AVAILABLE").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionEndedError);
    expect((error as Error).message).toBe(
      `assignment ${ID} is UNAVAILABLE (NETWORK_TERMINATED) and will not become AVAILABLE`,
    );
  });

  it("answers are checked: a missing status is a ResponseValidationError", async () => {
    const { client, provider } = setup();
    provider.next("getQosAssignmentById", { status: 200, body: { assignmentId: ID, qosProfile: "QOS_L" } });
    const error = await client.assignments.get(ID).catch((e: unknown) => e);
    expect((error as Error).name).toBe("ResponseValidationError");
  });
});
