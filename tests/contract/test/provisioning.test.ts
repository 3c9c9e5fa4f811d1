// Contract tests of the QoS Provisioning API against its Prism mock: each operation with a valid
// request, then with every documented status.
import type { QosProvisioningSchemas } from "@qod/api-client";
import { describe, expect, expectTypeOf, test } from "vitest";
import { provisioningClient } from "./support/clients.js";
import { contractOf } from "./support/contract.js";
import { testEveryDocumentedResponse } from "./support/each-response.js";
import { expectDocumented, successStatus } from "./support/responses.js";

type AssignmentInfo = QosProvisioningSchemas["AssignmentInfo"];

const client = provisioningClient();
const contract = contractOf("provisioning@0.4.0-rc.1");
const assignmentId = "7c1f9a2e-4b7d-4c55-9e0a-2f4d6b8a1c3e";
const device = { phoneNumber: "+36721601234567" };

describe("createQosAssignment", () => {
  const call = (headers: Record<string, string> = {}) =>
    client.POST("/qos-assignments", { body: { device, qosProfile: "QOS_M" }, headers });

  test("a valid request creates an assignment", async () => {
    const result = await call();
    expectTypeOf(result.data).toEqualTypeOf<AssignmentInfo | undefined>();
    expectDocumented(contract, "createQosAssignment", successStatus(contract, "createQosAssignment"), result);
    expect(result.data?.status).toBe("REQUESTED");
  });

  test("a valid request with a sink and an access token creates an assignment", async () => {
    const result = await client.POST("/qos-assignments", {
      body: {
        device,
        qosProfile: "QOS_M",
        // Prism posts the notification callback to the sink: keep it on loopback, on a closed port.
        sink: "https://127.0.0.1:9/notify",
        sinkCredential: {
          credentialType: "ACCESSTOKEN",
          accessToken: "sink-test-token",
          accessTokenExpiresUtc: "2026-12-01T00:00:00Z",
          accessTokenType: "bearer",
        },
      },
    });
    expectDocumented(contract, "createQosAssignment", 201, result);
  });

  testEveryDocumentedResponse(contract, "createQosAssignment", call);
});

describe("getQosAssignmentById", () => {
  const call = (headers: Record<string, string> = {}) =>
    client.GET("/qos-assignments/{assignmentId}", { params: { path: { assignmentId } }, headers });

  test("a valid request returns the assignment", async () => {
    const result = await call();
    expectTypeOf(result.data).toEqualTypeOf<AssignmentInfo | undefined>();
    expectDocumented(contract, "getQosAssignmentById", successStatus(contract, "getQosAssignmentById"), result);
    expect(result.data?.assignmentId).toBe(assignmentId);
  });

  testEveryDocumentedResponse(contract, "getQosAssignmentById", call);
});

describe("revokeQosAssignment", () => {
  const call = (headers: Record<string, string> = {}) =>
    client.DELETE("/qos-assignments/{assignmentId}", { params: { path: { assignmentId } }, headers });

  test("a valid request is accepted: 202 with the assignment still AVAILABLE, or 204", async () => {
    const accepted = await call();
    expectDocumented(contract, "revokeQosAssignment", successStatus(contract, "revokeQosAssignment"), accepted);
    expect(accepted.data).toMatchObject({ status: "AVAILABLE", statusInfo: "DELETE_REQUESTED" });
    const revoked = await call({ Prefer: "code=204" });
    expectDocumented(contract, "revokeQosAssignment", 204, revoked);
  });

  testEveryDocumentedResponse(contract, "revokeQosAssignment", call);
});

describe("getQosAssignmentByDevice", () => {
  const call = (headers: Record<string, string> = {}) =>
    client.POST("/retrieve-qos-assignment", { body: { device }, headers });

  test("a valid request returns the device's assignment", async () => {
    const result = await call();
    expectTypeOf(result.data).toEqualTypeOf<AssignmentInfo | undefined>();
    expectDocumented(contract, "getQosAssignmentByDevice", successStatus(contract, "getQosAssignmentByDevice"), result);
    expect(result.data?.device).toEqual(device);
  });

  testEveryDocumentedResponse(contract, "getQosAssignmentByDevice", call);
});
