import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../src/index.js";
import { contractOf } from "./helpers/contract.js";
import { type Receiver, selfSignedCertificate, startReceiver } from "./helpers/receiver.js";
import { call, expectError, newSandbox, type Reply } from "./helpers/sandbox.js";

// Requests as Nokia's Network as Code Python SDK 6.1 sends them to /qod/v0: RapidAPI headers,
// no x-correlator, phone numbers without +, `webhook` for notifications, null addresses.
const NAC = "/qod/v0";
const KEY = "nac-test-key";
const qod11 = contractOf("qod");

let sandbox: Sandbox;
let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
  sandbox = newSandbox({
    rapidApiKey: KEY,
    activationDelaySeconds: 0,
    notifications: { ca: selfSignedCertificate().cert },
  });
});
afterEach(async () => {
  await sandbox.close();
  await receiver.close();
});

const nac = (method: string, path: string, body?: unknown): Promise<Reply> =>
  call(sandbox, method, `${NAC}${path}`, {
    token: null,
    correlator: null,
    headers: { "x-rapidapi-key": KEY, "x-rapidapi-host": "network-as-code.nokia.rapidapi.com" },
    ...(body === undefined ? {} : { body }),
  });

const createBody = (overrides: Record<string, unknown> = {}) => ({
  qosProfile: "QOS_L",
  device: {
    phoneNumber: "36721601234567",
    networkAccessIdentifier: null,
    ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" },
    ipv6Address: null,
  },
  applicationServer: { ipv4Address: "233.252.0.2/32", ipv6Address: null },
  devicePorts: { ports: [80] },
  applicationServerPorts: { ranges: [{ from: 10000, to: 11000 }], ports: [5060] },
  duration: 3600,
  webhook: { notificationUrl: receiver.url, notificationAuthToken: "Bearer nac-sink-token" },
  ...overrides,
});

describe("the Network as Code dialect at /qod/v0", () => {
  it("creates from the SDK's body (phone without +, webhook, null addresses) and answers 1.1.0 SessionInfo", async () => {
    const created = qod11("POST", "/sessions", await nac("POST", "/sessions", createBody()));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ device: { phoneNumber: "+36721601234567" }, qosStatus: "AVAILABLE" });
    expect(created.body.sink).toBe(receiver.url);
    await sandbox.notifications.idle();
    expect(receiver.received.map((n) => n.body.data.qosStatus)).toEqual(["AVAILABLE"]);
    expect(receiver.received[0]?.headers.authorization).toBe("Bearer nac-sink-token");
  });

  it("extends right after creating, reads, lists by device and deletes, like the SDK's integration test", async () => {
    const { body } = await nac("POST", "/sessions", createBody({ webhook: undefined, duration: 60 }));
    const id = body.sessionId as string;
    const extended = qod11(
      "POST",
      "/sessions/{sessionId}/extend",
      await nac("POST", `/sessions/${id}/extend`, { requestedAdditionalDuration: 60 }),
    );
    expect(extended.body.duration).toBe(120);
    const read = qod11("GET", "/sessions/{sessionId}", await nac("GET", `/sessions/${id}`));
    expect(read.body.device).toEqual({ phoneNumber: "+36721601234567" });
    const listed = qod11(
      "POST",
      "/retrieve-sessions",
      await nac("POST", "/retrieve-sessions", { device: { phoneNumber: "36721601234567" } }),
    );
    expect(listed.body.map((s: { sessionId: string }) => s.sessionId)).toEqual([id]);
    expect((await nac("DELETE", `/sessions/${id}`)).status).toBe(204);
    expectError(await nac("GET", `/sessions/${id}`), 404, "NOT_FOUND");
  });

  it("accepts an IPv6-only server with ipv4Address null; still refuses what 1.1.0 refuses, naming the field", async () => {
    const v6 = await nac(
      "POST",
      "/sessions",
      createBody({ applicationServer: { ipv4Address: null, ipv6Address: "2001:db8::5" } }),
    );
    expect(v6.status).toBe(201);
    expectError(await nac("POST", "/sessions", createBody({ duration: 0 })), 400, "OUT_OF_RANGE", /^duration/);
    expectError(
      await nac("POST", "/sessions", createBody({ webhook: { notificationUrl: "http://insecure.example/n" } })),
      400,
      "INVALID_SINK",
    );
    expectError(
      await nac("POST", "/sessions", createBody({ device: { phoneNumber: "36 72" } })),
      400,
      "INVALID_ARGUMENT",
      /phoneNumber/,
    );
  });

  it("without the RapidAPI key the request is 401", async () => {
    const reply = await call(sandbox, "POST", `${NAC}/sessions`, { token: null, body: createBody() });
    expectError(reply, 401, "UNAUTHENTICATED");
  });
});
