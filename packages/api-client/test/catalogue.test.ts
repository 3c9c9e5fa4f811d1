import { describe, expect, it } from "vitest";
import { knownQosProfiles } from "../src/index.js";
import { qualityOnDemandDocument } from "../src/specs.js";

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
  });
});
