// Contract tests of the QoD sessions API against the Prism mock of each version: each operation
// with a valid request, then with every documented status. The coverage gate checks nothing was
// left out. The requests below are valid in every version, so one typed client serves them all;
// what only 1.2.0-rc.3 accepts is tested at the end with its own typed client.
import type { Client, QodPaths, QodSchemas, QodSchemasByVersion, QodVersion } from "@qod/api-client";
import { describe, expect, expectTypeOf, test } from "vitest";
import { qodClient, qodSpec } from "./support/clients.js";
import { type Contract, contractOf } from "./support/contract.js";
import { testEveryDocumentedResponse } from "./support/each-response.js";
import { expectDocumented, successStatus } from "./support/responses.js";

type SessionInfo = QodSchemas["SessionInfo"];

const versions: QodVersion[] = ["1.1.0", "1.2.0-rc.3"];
const sessionId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const device: QodSchemas["Device"] = { phoneNumber: "+36721601234567" };
const createBody: QodSchemas["CreateSession"] = {
  device,
  applicationServer: { ipv4Address: "233.252.0.2" },
  qosProfile: "QOS_L",
  duration: 3600,
};

describe.each(versions)("Quality on Demand %s", (version) => {
  // 1.2.0-rc.3 accepts every 1.1.0 request used here; its mock validates them against its own spec.
  const client = qodClient(version) as unknown as Client<QodPaths>;
  const qodContract: Contract = contractOf(qodSpec(version));

  describe("createSession", () => {
    const call = (headers: Record<string, string> = {}) => client.POST("/sessions", { body: createBody, headers });

    test("a valid request creates a session", async () => {
      const result = await call();
      expectTypeOf(result.data).toEqualTypeOf<SessionInfo | undefined>();
      expectDocumented(qodContract, "createSession", successStatus(qodContract, "createSession"), result);
      expect(result.data?.qosStatus).toBe("REQUESTED");
    });

    test("a valid request with ports and a sink creates a session", async () => {
      // Prism posts the notification callback to the sink: keep it on loopback, on a closed port.
      const body: QodSchemas["CreateSession"] = {
        ...createBody,
        devicePorts: { ports: [5060] },
        applicationServerPorts: { ranges: [{ from: 8000, to: 8080 }], ports: [443] },
        sink: "https://127.0.0.1:9/notify",
        sinkCredential: {
          credentialType: "ACCESSTOKEN",
          accessToken: "sink-test-token",
          accessTokenExpiresUtc: "2026-12-01T00:00:00Z",
          accessTokenType: "bearer",
        },
      };
      const result = await client.POST("/sessions", { body });
      expectDocumented(qodContract, "createSession", 201, result);
      expect(result.data?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    });

    testEveryDocumentedResponse(qodContract, "createSession", call);
  });

  describe("getSession", () => {
    const call = (headers: Record<string, string> = {}) =>
      client.GET("/sessions/{sessionId}", { params: { path: { sessionId } }, headers });

    test("a valid request returns the session", async () => {
      const result = await call();
      expectTypeOf(result.data).toEqualTypeOf<SessionInfo | undefined>();
      expectDocumented(qodContract, "getSession", successStatus(qodContract, "getSession"), result);
      expect(result.data?.sessionId).toBe(sessionId);
    });

    testEveryDocumentedResponse(qodContract, "getSession", call);
  });

  describe("deleteSession", () => {
    const call = (headers: Record<string, string> = {}) =>
      client.DELETE("/sessions/{sessionId}", { params: { path: { sessionId } }, headers });

    test("a valid request deletes the session, with no body", async () => {
      const result = await call();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectDocumented(qodContract, "deleteSession", successStatus(qodContract, "deleteSession"), result);
      expect(result.response.status).toBe(204);
    });

    testEveryDocumentedResponse(qodContract, "deleteSession", call);
  });

  describe("extendQosSessionDuration", () => {
    const call = (headers: Record<string, string> = {}) =>
      client.POST("/sessions/{sessionId}/extend", {
        params: { path: { sessionId } },
        body: { requestedAdditionalDuration: 3600 },
        headers,
      });

    test("a valid request extends the session", async () => {
      const result = await call();
      expectTypeOf(result.data).toEqualTypeOf<SessionInfo | undefined>();
      expectDocumented(
        qodContract,
        "extendQosSessionDuration",
        successStatus(qodContract, "extendQosSessionDuration"),
        result,
      );
      expect(result.data?.qosStatus).toBe("AVAILABLE");
    });

    testEveryDocumentedResponse(qodContract, "extendQosSessionDuration", call);
  });

  describe("retrieveSessionsByDevice", () => {
    const call = (headers: Record<string, string> = {}) =>
      client.POST("/retrieve-sessions", { body: { device }, headers });

    test("a valid request lists the device's sessions", async () => {
      const result = await call();
      expectTypeOf(result.data).toEqualTypeOf<QodSchemas["RetrieveSessionsOutput"] | undefined>();
      expectDocumented(
        qodContract,
        "retrieveSessionsByDevice",
        successStatus(qodContract, "retrieveSessionsByDevice"),
        result,
      );
      expect(result.data?.map((session) => session.device)).toEqual([device]);
    });

    testEveryDocumentedResponse(qodContract, "retrieveSessionsByDevice", call);
  });
});

describe("Quality on Demand 1.2.0-rc.3 only", () => {
  const client = qodClient("1.2.0-rc.3");
  const contract = contractOf("qod@1.2.0-rc.3");
  type Rc3 = QodSchemasByVersion["1.2.0-rc.3"];

  test("an application server given as an address list, with a PRIVATE_KEY_JWT sink", async () => {
    const body: Rc3["CreateSession"] = {
      device: { phoneNumber: "+36721601234567" },
      applicationServer: { ipAddresses: ["233.252.0.2", "2001:db8::1"] },
      qosProfile: "QOS_E",
      duration: 600,
      // Prism posts the notification callback to the sink: keep it on loopback, on a closed port.
      sink: "https://127.0.0.1:9/notify",
      sinkCredential: {
        credentialType: "PRIVATE_KEY_JWT",
        clientId: "qod-notifier",
        tokenUri: "https://127.0.0.1:9/token",
      },
    };
    const result = await client.POST("/sessions", { body });
    expectTypeOf(result.data).toEqualTypeOf<Rc3["SessionInfo"] | undefined>();
    expectDocumented(contract, "createSession", 201, result);
  });

  test("a 201 may already be UNAVAILABLE", async () => {
    const result = await client.POST("/sessions", {
      body: { applicationServer: { ipv4Address: "233.252.0.2" }, qosProfile: "QOS_L", duration: 60 },
      headers: { Prefer: "code=201, example=UNAVAILABLE" },
    });
    expectDocumented(contract, "createSession", 201, result);
    expect(result.data).toMatchObject({ qosStatus: "UNAVAILABLE", statusInfo: "NETWORK_TERMINATED" });
  });

  test("the mock refuses a request only 1.1.0 allows (port 0)", async () => {
    const result = await client.POST("/sessions", {
      body: {
        applicationServer: { ipv4Address: "233.252.0.2" },
        devicePorts: { ports: [0] },
        qosProfile: "QOS_L",
        duration: 60,
      },
    });
    expect([400, 422]).toContain(result.response.status);
    expect(result.response.headers.get("sl-violations")).toContain("devicePorts");
  });
});
