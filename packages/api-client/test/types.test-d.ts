import { describe, expectTypeOf, it } from "vitest";
import {
  createQodClient,
  createQosProfilesClient,
  createQosProvisioningClient,
  type QodSchemas,
  type QodSchemasByVersion,
  type QosProfilesSchemas,
  type QosProfilesSchemasByVersion,
  type QosProvisioningSchemas,
} from "../src/index.js";

const qod = createQodClient({ baseUrl: "http://127.0.0.1:4010" });
const profiles = createQosProfilesClient({ baseUrl: "http://127.0.0.1:4011" });

describe("generated client types", () => {
  it("accepts a valid createSession body", () => {
    const body: QodSchemas["CreateSession"] = {
      device: { phoneNumber: "+36721601234567" },
      applicationServer: { ipv4Address: "233.252.0.2" },
      qosProfile: "QOS_L",
      duration: 3600,
    };
    expectTypeOf(qod.POST("/sessions", { body })).resolves.toHaveProperty("data");
  });

  it("rejects a misspelt field in the createSession body", () => {
    const body = { applicationServer: { ipv4Address: "233.252.0.2" }, qosProfil: "QOS_L", duration: 60 };
    // @ts-expect-error `qosProfil` is not a field of CreateSession (and `qosProfile` is missing)
    qod.POST("/sessions", { body });
  });

  it("rejects a misspelt optional field when the body is typed as CreateSession", () => {
    // openapi-fetch infers the body generically, so excess-property checks on a literal passed
    // inline only catch missing required fields; annotate bodies to catch optional misspellings.
    const body: QodSchemas["CreateSession"] = {
      applicationServer: { ipv4Address: "233.252.0.2" },
      qosProfile: "QOS_L",
      duration: 60,
      // @ts-expect-error `devicePort` is not a field (it is `devicePorts`)
      devicePort: { ports: [80] },
    };
    expectTypeOf(body).toHaveProperty("duration");
  });

  it("rejects a body missing a required field", () => {
    // @ts-expect-error `duration` is required
    qod.POST("/sessions", { body: { applicationServer: { ipv4Address: "233.252.0.2" }, qosProfile: "QOS_L" } });
  });

  it("rejects an unknown path", () => {
    // @ts-expect-error there is no /session path
    qod.GET("/session");
  });

  it("types the success data of getSession as SessionInfo", async () => {
    const { data } = await qod.GET("/sessions/{sessionId}", { params: { path: { sessionId: "x" } } });
    expectTypeOf(data).toEqualTypeOf<QodSchemas["SessionInfo"] | undefined>();
  });

  it("types the qosProfile of a QoS profile as a string and status as an enum", async () => {
    const { data } = await profiles.GET("/qos-profiles/{name}", { params: { path: { name: "QOS_L" } } });
    expectTypeOf(data?.status).toEqualTypeOf<"ACTIVE" | "INACTIVE" | "DEPRECATED" | undefined>();
  });
});

describe("per-version clients", () => {
  const rc3 = createQodClient({ baseUrl: "http://127.0.0.1:4010", apiVersion: "1.2.0-rc.3" });
  const provisioning = createQosProvisioningClient({ baseUrl: "http://127.0.0.1:4012" });

  it("accepts an application-server address list only on 1.2.0-rc.3", () => {
    const body: QodSchemasByVersion["1.2.0-rc.3"]["CreateSession"] = {
      applicationServer: { ipAddresses: ["233.252.0.2"] },
      qosProfile: "QOS_L",
      duration: 60,
    };
    expectTypeOf(rc3.POST("/sessions", { body })).resolves.toHaveProperty("data");
    // @ts-expect-error 1.1.0 has no ipAddresses
    qod.POST("/sessions", { body });
  });

  it("types a QoS assignment", async () => {
    const { data } = await provisioning.GET("/qos-assignments/{assignmentId}", {
      params: { path: { assignmentId: "x" } },
    });
    expectTypeOf(data).toEqualTypeOf<QosProvisioningSchemas["AssignmentInfo"] | undefined>();
  });

  it("names a profile's country countryName and knows l4sQueueType", () => {
    type Profile = QosProfilesSchemasByVersion["1.2.0-rc.3"]["QosProfile"];
    expectTypeOf<NonNullable<Profile["countryAvailability"]>[number]>().toHaveProperty("countryName");
    expectTypeOf<QosProfilesSchemas["QosProfile"]["l4sQueueType"]>().toEqualTypeOf<
      "non-l4s-queue" | "l4s-queue" | "mixed-queue" | undefined
    >();
  });
});
