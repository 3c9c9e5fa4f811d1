// Contract tests of the QoS Profiles API against the Prism mock of each version: each operation
// with a valid request, then with every documented status. The requests are valid in every
// version, so one typed client serves them all.
import {
  type Client,
  knownQosProfiles,
  type QosProfilesPaths,
  type QosProfilesSchemas,
  type QosProfilesVersion,
} from "@qod/api-client";
import { describe, expect, expectTypeOf, test } from "vitest";
import { profilesClient, profilesSpec } from "./support/clients.js";
import { type Contract, contractOf } from "./support/contract.js";
import { testEveryDocumentedResponse } from "./support/each-response.js";
import { expectDocumented, successStatus } from "./support/responses.js";

type QosProfile = QosProfilesSchemas["QosProfile"];

const versions: QosProfilesVersion[] = ["1.1.0", "1.2.0-rc.3"];
const knownNames: readonly string[] = knownQosProfiles.map((profile) => profile.name);

describe.each(versions)("QoS Profiles %s", (version) => {
  const client = profilesClient(version) as unknown as Client<QosProfilesPaths>;
  const profilesContract: Contract = contractOf(profilesSpec(version));

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

  test("a profile's countries are named by countryName", async () => {
    const result = await client.GET("/qos-profiles/{name}", { params: { path: { name: "QOS_L" } } });
    expect(result.data?.countryAvailability?.[0]?.countryName).toBe("HU");
  });
});
