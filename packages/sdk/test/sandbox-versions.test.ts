// The SDK against the real sandbox on a loopback port, for each QoD version and QoS
// Provisioning. The sandbox's clock is frozen and advanced by hand: nothing waits in real time.
import { createSandbox, DEV_TOKEN, type Sandbox } from "@qod/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, type QodApiVersion, QodClient, ValidationError } from "../src/index.js";

const phone = { phoneNumber: "+36721601234567" };
const other = { phoneNumber: "+36721601234568" };
let sandbox: Sandbox;
let root: string;

/** The status notifications the sandbox sent, as the sink would read them. */
const notified: { type: string; data: Record<string, unknown> }[] = [];

beforeAll(async () => {
  const transport = {
    post: async (_url: string, body: string) => {
      notified.push(JSON.parse(body));
      return 204;
    },
    close: () => {},
  };
  sandbox = createSandbox({ logger: false, notifications: { transport } });
  root = (await sandbox.listen(0)).replace(/\/+$/, "");
});
afterAll(async () => {
  await sandbox?.close();
});

const client = (apiVersion: QodApiVersion) => new QodClient({ token: DEV_TOKEN, baseUrl: root, apiVersion });

describe.each(["1.1.0", "1.2.0-rc.3"] as const)("sessions on QoD %s", (apiVersion) => {
  it("create, activate, extend, list, delete", async () => {
    const qod = client(apiVersion);
    const device = qod.devices.get(phone);
    await device.clearSessions();
    const session = await device.createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 600 });
    expect(session.status).toBe("REQUESTED");
    sandbox.clock.advance(5);
    expect((await session.refresh()).status).toBe("AVAILABLE");
    await session.extend(60);
    expect(session.duration).toBe(660);
    expect((await device.sessions()).map((s) => s.id)).toEqual([session.id]);
    await session.delete();
    expect(await device.sessions()).toEqual([]);
  });
});

describe("QoD 1.2.0-rc.3 only", () => {
  it("a service address list is sent and read back; 1.1.0 refuses it before sending", async () => {
    const device = client("1.2.0-rc.3").devices.get(phone);
    await device.clearSessions();
    const session = await device.createQodSession({
      profile: "QOS_E",
      serviceAddresses: ["233.252.0.2", "2001:db8::1"],
      duration: 600,
    });
    expect((await session.refresh()).serviceAddresses).toEqual(["233.252.0.2", "2001:db8::1"]);
    await session.delete();
    const refused = await client("1.1.0")
      .devices.get(phone)
      .createQodSession({ profile: "QOS_E", serviceAddresses: ["233.252.0.2"] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
  });
});

describe("QoS Provisioning 0.4.0-rc.1", () => {
  it("assign, read by device and by id, refuse a second, revoke", async () => {
    const qod = client("1.2.0-rc.3");
    const device = qod.devices.get(other);
    expect(await device.qosAssignment()).toBeUndefined();
    const assignment = await device.assignQos({ profile: "QOS_L" });
    sandbox.clock.advance(5);
    expect((await assignment.refresh()).status).toBe("AVAILABLE");
    expect((await device.qosAssignment())?.id).toBe(assignment.id);
    expect((await qod.assignments.get(assignment.id)).profile).toBe("QOS_L");
    expect(await device.assignQos({ profile: "QOS_M" }).catch((e: unknown) => e)).toBeInstanceOf(ConflictError);
    await assignment.revoke();
    expect([assignment.status, assignment.statusInfo]).toEqual(["UNAVAILABLE", "DELETE_REQUESTED"]);
    // The provider may still answer the ended one for a while, or 404.
    expect((await device.qosAssignment())?.status ?? "UNAVAILABLE").toBe("UNAVAILABLE");
  });
});

describe("QoS Provisioning's asynchronous revoke", () => {
  it("answers AVAILABLE / DELETE_REQUESTED, then ends on the sandbox clock and notifies the sink", async () => {
    const qod = client("1.2.0-rc.3");
    const phoneNumber = "+36721601234569";
    const device = qod.devices.get({ phoneNumber });
    const assignment = await device.assignQos({ profile: "QOS_M", sink: "https://sink.example.com/assignments" });
    sandbox.clock.advance(5);
    await assignment.refresh();
    sandbox.control.provisioning({ asyncDelete: true });
    try {
      await assignment.revoke();
      expect([assignment.status, assignment.statusInfo]).toEqual(["AVAILABLE", "DELETE_REQUESTED"]);
      sandbox.clock.advance(5);
      await assignment.refresh();
      expect([assignment.status, assignment.statusInfo]).toEqual(["UNAVAILABLE", "DELETE_REQUESTED"]);
    } finally {
      sandbox.control.provisioning({ asyncDelete: false });
    }
    await sandbox.notifications.idle();
    const mine = notified.filter((n) => n.data.assignmentId === assignment.id).map((n) => n.data.status);
    expect(mine).toEqual(["AVAILABLE", "UNAVAILABLE"]);
  });
});
