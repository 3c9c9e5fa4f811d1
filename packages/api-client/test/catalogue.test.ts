import { describe, expect, it } from "vitest";
import { apiVersions, knownQosProfiles } from "../src/index.js";
import { qosProvisioningDocument, qualityOnDemandDocument, qualityOnDemandDocuments } from "../src/specs.js";

describe("known profile catalogue", () => {
  it("lists the 13 known labels with descriptions, in contract order", () => {
    expect(knownQosProfiles.map((p) => p.name)).toEqual([
      "DOWNLINK_S_UPLINK_S",
      "DOWNLINK_S_UPLINK_M",
      "DOWNLINK_S_UPLINK_L",
      "DOWNLINK_M_UPLINK_S",
      "DOWNLINK_M_UPLINK_M",
      "DOWNLINK_M_UPLINK_L",
      "DOWNLINK_L_UPLINK_S",
      "DOWNLINK_L_UPLINK_M",
      "DOWNLINK_L_UPLINK_L",
      "QOS_E",
      "QOS_S",
      "QOS_M",
      "QOS_L",
    ]);
    for (const profile of knownQosProfiles) expect(profile.description.length).toBeGreaterThan(10);
  });

  it("exports the contract documents as data", () => {
    expect(qualityOnDemandDocument.openapi).toBe("3.0.3");
    expect((qualityOnDemandDocuments["1.2.0-rc.3"].info as { version: string }).version).toBe("1.2.0-rc.3");
    expect((qosProvisioningDocument.info as { version: string }).version).toBe("0.4.0-rc.1");
  });

  it("bundles the shared definitions into every document", () => {
    expect(JSON.stringify(qualityOnDemandDocuments)).not.toMatch(/"\$ref":"[^#]/);
  });

  it("gives each version its base path", () => {
    expect(apiVersions["quality-on-demand"]["1.2.0-rc.3"].basePath).toBe("/quality-on-demand/v1rc3");
    expect(apiVersions["qos-provisioning"]["0.4.0-rc.1"].basePath).toBe("/qos-provisioning/v0.4rc1");
  });
});
