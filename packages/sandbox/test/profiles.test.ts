import { describe, expect, it } from "vitest";
import {
  apiClients,
  CONTROL,
  call,
  contract,
  expectError,
  INELIGIBLE_PHONE,
  mintToken,
  newSandbox,
  PHONE,
  PROFILES,
  SECOND_PHONE,
} from "./helpers/sandbox.js";

const list = (sandbox: ReturnType<typeof newSandbox>, body: unknown, token?: string) =>
  call(sandbox, "POST", `${PROFILES}/retrieve-qos-profiles`, { body, ...(token ? { token } : {}) });
const names = (reply: { body: { name: string }[] }) => reply.body.map((p) => p.name);

describe("retrieveQoSProfiles", () => {
  it("lists every unrestricted profile for {}: the 13 catalogue ones ACTIVE with maxDuration 86400 s, and the test ones", async () => {
    const sandbox = newSandbox();
    const { profiles } = apiClients(sandbox);
    const reply = await profiles.POST("/retrieve-qos-profiles", { body: {} });
    expect(reply.response.status).toBe(200);
    const all = reply.data ?? [];
    expect(all).toHaveLength(16);
    for (const p of all) expect(contract.profiles.validate("/components/schemas/QosProfile", p)).toEqual([]);
    const catalogue = all.slice(0, 13);
    for (const p of catalogue) {
      expect(p.status).toBe("ACTIVE");
      expect(p.maxDuration).toEqual({ value: 86_400, unit: "Seconds" });
    }
    expect(all.slice(13).map((p) => [p.name, p.status])).toEqual([
      ["QOS_TEST_INACTIVE", "INACTIVE"],
      ["QOS_TEST_DEPRECATED", "DEPRECATED"],
      ["QOS_TEST_SHORT", "ACTIVE"],
    ]);
  });

  it("filters by name and by status", async () => {
    const sandbox = newSandbox();
    expect(names(await list(sandbox, { name: "QOS_E" }))).toEqual(["QOS_E"]);
    expect(names(await list(sandbox, { status: "DEPRECATED" }))).toEqual(["QOS_TEST_DEPRECATED"]);
    expect(names(await list(sandbox, { name: "QOS_E", status: "INACTIVE" }))).toEqual([]);
    expect((await list(sandbox, { name: "NOPE_NOT_HERE" })).body).toEqual([]);
  });

  it("filters by device: a restricted profile shows only for its device", async () => {
    const sandbox = newSandbox();
    expect(names(await list(sandbox, { device: { phoneNumber: PHONE } }))).not.toContain("QOS_TEST_RESTRICTED");
    expect(names(await list(sandbox, { device: { phoneNumber: SECOND_PHONE } }))).toContain("QOS_TEST_RESTRICTED");
    expect(names(await list(sandbox, { device: { phoneNumber: PHONE }, status: "ACTIVE" }))).toHaveLength(14);
  });

  it("does not list device-restricted profiles when the request names no device", async () => {
    const sandbox = newSandbox();
    expect(names(await list(sandbox, {}))).not.toContain("QOS_TEST_RESTRICTED");
    expect(names(await list(sandbox, { name: "QOS_TEST_RESTRICTED" }))).toEqual([]);
  });

  it("answers [] for an ineligible device, 404 for an unknown one, 422 for an unsupported identifier", async () => {
    const sandbox = newSandbox();
    expect((await list(sandbox, { device: { phoneNumber: INELIGIBLE_PHONE } })).body).toEqual([]);
    expectError(await list(sandbox, { device: { phoneNumber: "+99999999999" } }), 404, "IDENTIFIER_NOT_FOUND");
    expectError(
      await list(sandbox, { device: { networkAccessIdentifier: "device@testcsp.net" } }),
      422,
      "UNSUPPORTED_IDENTIFIER",
    );
  });

  it("filters by the device of a 3-legged token", async () => {
    const sandbox = newSandbox();
    const token = await mintToken(sandbox, { device: { phoneNumber: SECOND_PHONE } });
    expect(names(await list(sandbox, {}, token))).toContain("QOS_TEST_RESTRICTED");
    const other = await mintToken(sandbox, { device: { phoneNumber: PHONE } });
    expect(names(await list(sandbox, {}, other))).not.toContain("QOS_TEST_RESTRICTED");
  });

  it("validates the filters (400 naming the field)", async () => {
    const sandbox = newSandbox();
    expectError(await list(sandbox, { status: "GONE" }), 400, "INVALID_ARGUMENT", /^status: must be one of/);
    expectError(await list(sandbox, { name: "a b" }), 400, "INVALID_ARGUMENT", /^name: /);
    expectError(
      await list(sandbox, { device: { phoneNumber: "+36-721" } }),
      400,
      "INVALID_ARGUMENT",
      /^device.phoneNumber: /,
    );
    expectError(
      await list(sandbox, { device: { ipv4Address: { publicAddress: "233.252.0.2", publicPort: 99999 } } }),
      400,
      "OUT_OF_RANGE",
      /^device.ipv4Address.publicPort: /,
    );
  });
});

describe("getQosProfile", () => {
  it("returns a profile by name whatever its status", async () => {
    const sandbox = newSandbox();
    const { profiles } = apiClients(sandbox);
    const qosL = await profiles.GET("/qos-profiles/{name}", { params: { path: { name: "QOS_L" } } });
    expect(qosL.data).toMatchObject({ name: "QOS_L", status: "ACTIVE", minDuration: { value: 1, unit: "Seconds" } });
    expect(contract.profiles.validate("/components/schemas/QosProfile", qosL.data)).toEqual([]);
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_TEST_INACTIVE`)).body.status).toBe("INACTIVE");
  });

  it("answers 400 for a malformed name and 404 for an unknown one", async () => {
    const sandbox = newSandbox();
    expectError(await call(sandbox, "GET", `${PROFILES}/qos-profiles/ab`), 400, "INVALID_ARGUMENT", /^name: /);
    expectError(await call(sandbox, "GET", `${PROFILES}/qos-profiles/bad%20name`), 400, "INVALID_ARGUMENT", /^name: /);
    expectError(await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_NOT_THERE`), 404, "NOT_FOUND");
  });

  it("serves profiles changed through the control API", async () => {
    const sandbox = newSandbox();
    const put = await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_CUSTOM`, {
      body: { status: "ACTIVE", minDuration: 10, maxDuration: 20, description: "custom" },
    });
    expect(put.status).toBe(201);
    const got = await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_CUSTOM`);
    expect(got.body).toEqual({
      name: "QOS_CUSTOM",
      description: "custom",
      status: "ACTIVE",
      minDuration: { value: 10, unit: "Seconds" },
      maxDuration: { value: 20, unit: "Seconds" },
    });
  });
});
