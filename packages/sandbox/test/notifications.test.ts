import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../src/index.js";
import { type Receiver, selfSignedCertificate, startReceiver } from "./helpers/receiver.js";
import { CONTROL, call, contract, createSession, newSandbox, QOD, START } from "./helpers/sandbox.js";

const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString().replace(".000Z", "Z");
const credential = {
  credentialType: "ACCESSTOKEN",
  accessToken: "sink-secret",
  accessTokenExpiresUtc: "2027-01-01T00:00:00Z",
  accessTokenType: "bearer",
};

let receiver: Receiver;
let sandbox: Sandbox;

beforeEach(async () => {
  receiver = await startReceiver();
  sandbox = newSandbox({ notifications: { ca: selfSignedCertificate().cert } });
});

afterEach(async () => {
  await sandbox.close();
  await receiver.close();
});

async function advance(seconds: number): Promise<void> {
  sandbox.clock.advance(seconds);
  await sandbox.notifications.idle();
}

const statuses = () =>
  receiver.received.map((n) => [n.body.data.qosStatus, n.body.data.statusInfo].filter(Boolean).join("/"));

describe("notifications to the sink", () => {
  it("sends AVAILABLE, then UNAVAILABLE/DURATION_EXPIRED as CloudEvents with the sink's bearer token", async () => {
    const { sessionId } = await createSession(sandbox, {
      duration: 30,
      sink: receiver.url,
      sinkCredential: credential,
    });
    await sandbox.notifications.idle();
    expect(receiver.received).toEqual([]);
    await advance(1);
    await advance(30);
    expect(statuses()).toEqual(["AVAILABLE", "UNAVAILABLE/DURATION_EXPIRED"]);
    const [available, expired] = receiver.received;
    for (const n of receiver.received) {
      expect(n.headers["content-type"]).toBe("application/cloudevents+json");
      expect(n.headers.authorization).toBe("Bearer sink-secret");
      expect(contract.qod.validate("/components/schemas/CloudEvent", n.body)).toEqual([]);
      expect(n.body).toMatchObject({
        type: "org.camaraproject.quality-on-demand.v1.qos-status-changed",
        specversion: "1.0",
        source: `http://localhost${QOD}/sessions/${sessionId}`,
        data: { sessionId },
      });
    }
    expect(available?.body.time).toBe(at(1));
    expect(expired?.body.time).toBe(at(31));
    expect(available?.body.id).not.toBe(expired?.body.id);
  });

  it("sends UNAVAILABLE/DELETE_REQUESTED when an AVAILABLE session is deleted, nothing for a REQUESTED one", async () => {
    const first = await createSession(sandbox, { sink: receiver.url, devicePorts: { ports: [1] } });
    await advance(1);
    const second = await createSession(sandbox, { sink: receiver.url, devicePorts: { ports: [2] } });
    await call(sandbox, "DELETE", `${QOD}/sessions/${second.sessionId}`);
    await call(sandbox, "DELETE", `${QOD}/sessions/${first.sessionId}`);
    await sandbox.notifications.idle();
    expect(
      receiver.received.map((n) => [n.body.data.sessionId, n.body.data.qosStatus, n.body.data.statusInfo]),
    ).toEqual([
      [first.sessionId, "AVAILABLE", undefined],
      [first.sessionId, "UNAVAILABLE", "DELETE_REQUESTED"],
    ]);
    // Without a sinkCredential no Authorization header is sent.
    expect(receiver.received[0]?.headers.authorization).toBeUndefined();
  });

  it("sends UNAVAILABLE/NETWORK_TERMINATED when the network ends a session", async () => {
    const { sessionId } = await createSession(sandbox, { sink: receiver.url });
    await advance(1);
    await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/terminate`);
    await sandbox.notifications.idle();
    expect(statuses()).toEqual(["AVAILABLE", "UNAVAILABLE/NETWORK_TERMINATED"]);
  });

  it("retries on 5xx after the backoff delay of sandbox time, keeping the event id and the order", async () => {
    receiver.answers.push(500);
    await createSession(sandbox, { duration: 1, sink: receiver.url });
    await advance(1); // AVAILABLE: answered 500, retry due 1 s later
    expect(receiver.received).toHaveLength(1);
    await advance(0.999);
    expect(receiver.received).toHaveLength(1);
    // At t=2 the expiry is queued behind the retried AVAILABLE: the sink still sees them in order.
    await advance(0.001);
    await sandbox.notifications.idle();
    expect(statuses()).toEqual(["AVAILABLE", "AVAILABLE", "UNAVAILABLE/DURATION_EXPIRED"]);
    expect(receiver.received[1]?.body.id).toBe(receiver.received[0]?.body.id);
    expect(sandbox.notifications.history().map((h) => h.outcome)).toEqual(["retrying", "delivered", "delivered"]);
  });

  it("backs off 1, 2, 4, 8, 16 s and gives up after the last retry", async () => {
    receiver.answers.push(503, 503, 503, 503, 503, 503, 503);
    await createSession(sandbox, { sink: receiver.url });
    await advance(1);
    for (const delay of [1, 2, 4, 8, 16]) {
      await advance(delay - 0.001);
      const before = receiver.received.length;
      await advance(0.001);
      expect(receiver.received.length).toBe(before + 1);
    }
    await advance(1000);
    expect(receiver.received).toHaveLength(6);
    const history = sandbox.notifications.history();
    expect(history.map((h) => h.at)).toEqual([at(1), at(2), at(4), at(8), at(16), at(32)]);
    expect(history.at(-1)).toMatchObject({ outcome: "failed", status: 503, attempt: 6 });
  });

  it("retries after connection errors", async () => {
    const port = new URL(receiver.url).port;
    await receiver.close();
    const local = newSandbox({ notifications: { ca: selfSignedCertificate().cert, retryDelaysSeconds: [5] } });
    try {
      await createSession(local, { sink: `https://127.0.0.1:${port}/gone` });
      local.clock.advance(1);
      await local.notifications.idle();
      local.clock.advance(5);
      await local.notifications.idle();
      const history = local.notifications.history();
      expect(history.map((h) => h.outcome)).toEqual(["retrying", "failed"]);
      expect(history[0]?.error).toMatch(/ECONNREFUSED|connect/);
    } finally {
      await local.close();
    }
    receiver = await startReceiver();
  });

  it("stops sending to a sink that answered 410", async () => {
    receiver.answers.push(410);
    const { sessionId } = await createSession(sandbox, { duration: 5, sink: receiver.url });
    await advance(1);
    await call(sandbox, "POST", `${CONTROL}/sessions/${sessionId}/terminate`);
    await advance(10);
    expect(statuses()).toEqual(["AVAILABLE"]);
    expect(sandbox.notifications.history().map((h) => h.outcome)).toEqual(["gone"]);
  });

  it("does not trust a self-signed receiver unless its CA is configured", async () => {
    const strict = newSandbox({ notifications: { retryDelaysSeconds: [] } });
    try {
      await createSession(strict, { sink: receiver.url });
      strict.clock.advance(1);
      await strict.notifications.idle();
      expect(receiver.received).toEqual([]);
      expect(strict.notifications.history()[0]).toMatchObject({
        outcome: "failed",
        error: expect.stringMatching(/certificate/i),
      });
    } finally {
      await strict.close();
    }
  });

  it("keeps sink tokens out of the state, the history and GET /sandbox/v1/state", async () => {
    await createSession(sandbox, { sink: receiver.url, sinkCredential: credential });
    await advance(1);
    expect(receiver.received).toHaveLength(1);
    expect(JSON.stringify(sandbox.state.snapshot())).not.toContain("sink-secret");
    expect(JSON.stringify(sandbox.notifications.history())).not.toContain("sink-secret");
    expect(JSON.stringify((await call(sandbox, "GET", `${CONTROL}/state`)).body)).not.toContain("sink-secret");
  });
});
