import { describe, expect, it } from "vitest";
import { isKnownQosProfile, knownQosProfiles, NotFoundError, ValidationError } from "../src/index.js";
import { setup } from "./support/setup.js";

describe("client.profiles", () => {
  it("list() posts the filters and returns the profiles", async () => {
    const { client, provider } = setup();
    const all = await client.profiles.list();
    expect(all.map((p) => p.name)).toEqual(["QOS_L", "QOS_E"]);
    expect(provider.requests[0]?.body).toEqual({});
    const device = client.devices.get({ phoneNumber: "+36721601234567" });
    const active = await client.profiles.list({ status: "ACTIVE", name: "QOS_E", device });
    expect(active.map((p) => p.name)).toEqual(["QOS_E"]);
    expect(provider.requests[1]?.path).toBe("/qos-profiles/v1/retrieve-qos-profiles");
    expect(provider.requests[1]?.body).toEqual({
      status: "ACTIVE",
      name: "QOS_E",
      device: { phoneNumber: "+36721601234567" },
    });
  });

  it("list() takes plain device identifiers too, and checks them", async () => {
    const { client, provider } = setup();
    await client.profiles.list({ device: { ipv6Address: "2001:db8::1" } });
    expect(provider.requests[0]?.body).toEqual({ device: { ipv6Address: "2001:db8::1" } });
    const error = await client.profiles.list({ device: { phoneNumber: "123" }, status: "ON" as never }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
      "filter.status",
      "filter.device.phoneNumber",
    ]);
    expect(provider.requests).toHaveLength(1);
  });

  it("get(name) reads one profile with its limits", async () => {
    const { client, provider } = setup();
    const profile = await client.profiles.get("QOS_L");
    expect(provider.requests[0]?.path).toBe("/qos-profiles/v1/qos-profiles/QOS_L");
    expect(profile).toMatchObject({
      name: "QOS_L",
      status: "ACTIVE",
      maxDownstreamRate: { value: 1, unit: "Gbps" },
      maxDuration: { value: 24, unit: "Hours" },
      countryAvailability: [{ countryName: "HU", networks: ["21601"] }],
    });
    await expect(client.profiles.get("NOPE_NOPE")).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.profiles.get("a/b")).rejects.toBeInstanceOf(ValidationError);
  });

  it("the known catalogue is exported as data with descriptions", () => {
    expect(knownQosProfiles).toHaveLength(13);
    expect(knownQosProfiles.find((p) => p.name === "QOS_E")?.description).toContain("latency");
    expect(isKnownQosProfile("DOWNLINK_M_UPLINK_L")).toBe(true);
    expect(isKnownQosProfile("QOS_XL")).toBe(false);
  });
});
