// Contract tests of the QoS Profiles API against its Prism mock: each operation with a valid
// request, then with every documented status.
import { knownQosProfiles, type QosProfilesSchemas } from "@qod/api-client";
import { describe, expect, expectTypeOf, test } from "vitest";
import { profilesClient } from "./support/clients.js";
import { profilesContract } from "./support/contract.js";
import { testEveryDocumentedResponse } from "./support/each-response.js";
import { expectDocumented, successStatus } from "./support/responses.js";

type QosProfile = QosProfilesSchemas["QosProfile"];

const client = profilesClient();
const knownNames: readonly string[] = knownQosProfiles.map((profile) => profile.name);

describe("retrieveQoSProfiles", () => {
  const call = (headers: Record<string, string> = {}) =>
    client.POST("/retrieve-qos-profiles", {
      body: { device: { phoneNumber: "+36721601234567" }, status: "ACTIVE" },
      headers,
    });

  test("a valid request lists profiles", async () => {
    const result = await call();
    expectTypeOf(result.data).toEqualTypeOf<QosProfile[] | undefined>();
    expectDocumented(
      profilesContract,
      "retrieveQoSProfiles",
      successStatus(profilesContract, "retrieveQoSProfiles"),
      result,
    );
    expect(result.data?.length).toBeGreaterThan(0);
    for (const profile of result.data ?? []) expect(knownNames).toContain(profile.name);
  });

  test("an empty filter is a valid request", async () => {
    const result = await client.POST("/retrieve-qos-profiles", { body: {} });
    expectDocumented(profilesContract, "retrieveQoSProfiles", 200, result);
  });

  testEveryDocumentedResponse(profilesContract, "retrieveQoSProfiles", call);
});

describe("getQosProfile", () => {
  const call = (headers: Record<string, string> = {}) =>
    client.GET("/qos-profiles/{name}", { params: { path: { name: "QOS_L" } }, headers });

  test("a valid request returns the profile", async () => {
    const result = await call();
    expectTypeOf(result.data).toEqualTypeOf<QosProfile | undefined>();
    expectDocumented(profilesContract, "getQosProfile", successStatus(profilesContract, "getQosProfile"), result);
    expect(result.data?.name).toBe("QOS_L");
  });

  testEveryDocumentedResponse(profilesContract, "getQosProfile", call);
});
