import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../src/index.js";
import { contractOf } from "./helpers/contract.js";
import { call, expectError, newSandbox, PHONE, PROFILES, QOD, SECOND_PHONE, sessionBody } from "./helpers/sandbox.js";

const RC3 = "/quality-on-demand/v1rc3";
const PROFILES_RC3 = "/qos-profiles/v1rc3";
const NAC = "/qod/v0";
const qod11 = contractOf("qod");
const qod12 = contractOf("qod@1.2.0-rc.3");
const profiles12 = contractOf("profiles@1.2.0-rc.3");
const NO_ID = "00000000-0000-4000-8000-000000000000";

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = newSandbox();
});
afterEach(() => sandbox.close());

const create12 = async (body: Record<string, unknown>) =>
  qod12("POST", "/sessions", await call(sandbox, "POST", `${RC3}/sessions`, { body }));

describe("QoD 1.2.0-rc.3 at /quality-on-demand/v1rc3", () => {
  it("creates, reads, extends, lists and deletes a session with an address list, each answer as documented", async () => {
    const created = await create12(
      sessionBody({ applicationServer: { ipAddresses: ["233.252.0.2", "2001:db8::1"] }, duration: 60 }),
    );
    expect(created.status).toBe(201);
    expect(created.body.applicationServer).toEqual({ ipAddresses: ["233.252.0.2", "2001:db8::1"] });
    const id = created.body.sessionId as string;
    sandbox.clock.advance(1);
    const read = qod12("GET", "/sessions/{sessionId}", await call(sandbox, "GET", `${RC3}/sessions/${id}`));
    expect(read.body.qosStatus).toBe("AVAILABLE");
    const extended = qod12(
      "POST",
      "/sessions/{sessionId}/extend",
      await call(sandbox, "POST", `${RC3}/sessions/${id}/extend`, { body: { requestedAdditionalDuration: 60 } }),
    );
    expect(extended.body.duration).toBe(120);
    const listed = qod12(
      "POST",
      "/retrieve-sessions",
      await call(sandbox, "POST", `${RC3}/retrieve-sessions`, { body: { device: { phoneNumber: PHONE } } }),
    );
    expect(listed.body.map((s: { sessionId: string }) => s.sessionId)).toEqual([id]);
    expect(
      qod12("DELETE", "/sessions/{sessionId}", await call(sandbox, "DELETE", `${RC3}/sessions/${id}`)).status,
    ).toBe(204);
  });

  it("refuses unknown properties at any level, port 0, long phone numbers and PLAIN credentials with 400", async () => {
    expectError(await create12(sessionBody({ extra: 1 })), 400, "INVALID_ARGUMENT", /extra|additional/);
    expectError(
      await create12(sessionBody({ device: { phoneNumber: PHONE, imsi: "1" } })),
      400,
      "INVALID_ARGUMENT",
      /^device/,
    );
    expectError(await create12(sessionBody({ devicePorts: { ports: [0] } })), 400, "OUT_OF_RANGE", /devicePorts/);
    expectError(
      await create12(sessionBody({ device: { phoneNumber: "+12345678901234567" } })),
      400,
      "INVALID_ARGUMENT",
      /phoneNumber/,
    );
    const plain = { credentialType: "PLAIN", identifier: "a", secret: "b" };
    const reply = await create12(sessionBody({ sink: "https://127.0.0.1/n", sinkCredential: plain }));
    expect(reply.status).toBe(400);
    expect(["INVALID_ARGUMENT", "INVALID_CREDENTIAL"]).toContain(reply.body.code);
    expectError(
      await create12(sessionBody({ applicationServer: { ipAddresses: [] } })),
      400,
      "INVALID_ARGUMENT",
      /applicationServer/,
    );
    expect(sandbox.state.sessionCount).toBe(0);
  });

  it("answers PRIVATE_KEY_JWT with 422 PRIVATE_KEY_JWT_NOT_CONFIGURED unless the sandbox enables it", async () => {
    const jwt = { credentialType: "PRIVATE_KEY_JWT", clientId: "app", tokenUri: "https://auth.example.com/token" };
    const body = sessionBody({ sink: "https://127.0.0.1/n", sinkCredential: jwt });
    expectError(await create12(body), 422, "PRIVATE_KEY_JWT_NOT_CONFIGURED");
    await sandbox.close();
    sandbox = newSandbox({ privateKeyJwtSinks: true });
    expect((await create12(body)).status).toBe(201);
    // 1.1.0 has no such credential type.
    expectError(await call(sandbox, "POST", `${QOD}/sessions`, { body }), 400, "INVALID_CREDENTIAL");
  });

  it("getSession and deleteSession answer a malformed id with 400 INVALID_ARGUMENT, an unknown one with 404", async () => {
    for (const method of ["GET", "DELETE"]) {
      expectError(
        qod12(method, "/sessions/{sessionId}", await call(sandbox, method, `${RC3}/sessions/nope`)),
        400,
        "INVALID_ARGUMENT",
      );
      expectError(
        qod12(method, "/sessions/{sessionId}", await call(sandbox, method, `${RC3}/sessions/${NO_ID}`)),
        404,
        "NOT_FOUND",
      );
    }
  });

  it("checks overlaps across address lists: a shared address conflicts (409), disjoint lists do not", async () => {
    expect(
      (await create12(sessionBody({ applicationServer: { ipAddresses: ["233.252.0.2", "233.252.0.3"] } }))).status,
    ).toBe(201);
    const conflict = await create12(
      sessionBody({ applicationServer: { ipAddresses: ["198.51.100.1", "233.252.0.3"] } }),
    );
    expectError(conflict, 409, "CONFLICT");
    // 1.1.0's subnet overlaps an address of the 1.2 list: the same state, the same rule.
    const subnet = await call(sandbox, "POST", `${QOD}/sessions`, {
      body: sessionBody({ applicationServer: { ipv4Address: "233.252.0.0/24" } }),
    });
    expectError(subnet, 409, "CONFLICT");
    expect(
      (await create12(sessionBody({ applicationServer: { ipAddresses: ["198.51.100.1", "2001:db8::9"] } }))).status,
    ).toBe(201);
  });

  it("lists at most 100 sessions of a device", async () => {
    for (let i = 0; i < 101; i++)
      expect(
        (await create12(sessionBody({ applicationServer: { ipAddresses: [`198.51.${i >> 8}.${i & 255}`] } }))).status,
      ).toBe(201);
    const listed = await call(sandbox, "POST", `${RC3}/retrieve-sessions`, {
      body: { device: { phoneNumber: PHONE } },
    });
    expect(listed.body).toHaveLength(100);
    const stable = await call(sandbox, "POST", `${QOD}/retrieve-sessions`, {
      body: { device: { phoneNumber: PHONE } },
    });
    expect(stable.body).toHaveLength(101);
  });
});

describe("one state, every version", () => {
  it("a fault on `/sessions/*` (the path after the API base) hits every QoD version", async () => {
    sandbox.control.addFault({ path: "/sessions/*", status: 503, count: 3 });
    for (const base of [RC3, NAC, QOD])
      expectError(await call(sandbox, "GET", `${base}/sessions/${NO_ID}`), 503, "UNAVAILABLE");
    expectError(await call(sandbox, "GET", `${RC3}/sessions/${NO_ID}`), 404, "NOT_FOUND");
  });

  it("a 1.1.0 session reads on 1.2.0-rc.3 and /qod/v0; a 1.2 address list reads on 1.1.0 as its first IPv4 and IPv6", async () => {
    const v1 = await call(sandbox, "POST", `${QOD}/sessions`, { body: sessionBody() });
    expect(v1.status).toBe(201);
    const id = v1.body.sessionId as string;
    const onRc3 = qod12("GET", "/sessions/{sessionId}", await call(sandbox, "GET", `${RC3}/sessions/${id}`));
    expect(onRc3.body).toEqual(v1.body);
    const onNac = qod11("GET", "/sessions/{sessionId}", await call(sandbox, "GET", `${NAC}/sessions/${id}`));
    expect(onNac.body).toEqual(v1.body);

    const listed = await create12(
      sessionBody({
        device: { phoneNumber: SECOND_PHONE },
        applicationServer: { ipAddresses: ["2001:db8::7", "198.51.100.7", "198.51.100.8"] },
      }),
    );
    const onV1 = qod11(
      "GET",
      "/sessions/{sessionId}",
      await call(sandbox, "GET", `${QOD}/sessions/${listed.body.sessionId}`),
    );
    expect(onV1.body.applicationServer).toEqual({ ipv4Address: "198.51.100.7", ipv6Address: "2001:db8::7" });
    // Deleted on one version, gone on the others.
    expect((await call(sandbox, "DELETE", `${NAC}/sessions/${id}`)).status).toBe(204);
    expectError(await call(sandbox, "GET", `${RC3}/sessions/${id}`), 404, "NOT_FOUND");
  });

  it("QoS Profiles 1.2.0-rc.3 lists the same catalogue, restricted profiles only for their device", async () => {
    const all = profiles12(
      "POST",
      "/retrieve-qos-profiles",
      await call(sandbox, "POST", `${PROFILES_RC3}/retrieve-qos-profiles`, { body: {} }),
    );
    const stable = await call(sandbox, "POST", `${PROFILES}/retrieve-qos-profiles`, { body: {} });
    expect(all.body).toEqual(stable.body);
    expect(all.body.map((p: { name: string }) => p.name)).not.toContain("QOS_TEST_RESTRICTED");
    const forSecond = await call(sandbox, "POST", `${PROFILES_RC3}/retrieve-qos-profiles`, {
      body: { device: { phoneNumber: SECOND_PHONE } },
    });
    expect(forSecond.body.map((p: { name: string }) => p.name)).toContain("QOS_TEST_RESTRICTED");
    const one = profiles12(
      "GET",
      "/qos-profiles/{name}",
      await call(sandbox, "GET", `${PROFILES_RC3}/qos-profiles/QOS_L`),
    );
    expect(one.body.name).toBe("QOS_L");
    expectError(
      await call(sandbox, "POST", `${PROFILES_RC3}/retrieve-qos-profiles`, { body: { bogus: 1 } }),
      400,
      "INVALID_ARGUMENT",
    );
  });
});
