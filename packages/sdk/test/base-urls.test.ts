// One rule for base URLs: the API root, from which each API's base is derived; a full API base
// is recognised. Checked against the sandbox served on a port, as users meet it.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  apiUrl,
  apiUrls,
  type CreateSessionInput,
  NotFoundError,
  type QosProfileName,
  splitApiUrl,
} from "../src/index.js";
import { serveSandbox } from "./support/served-sandbox.js";

describe("apiUrls(): the root and each API's base", () => {
  it.each([
    ["https://op.example", "https://op.example"],
    ["https://op.example/", "https://op.example"],
    ["https://op.example:8443/camara", "https://op.example:8443/camara"],
    ["https://op.example/camara/quality-on-demand/v1", "https://op.example/camara"],
    ["https://op.example/camara/qos-profiles/v1/", "https://op.example/camara"],
    // A prefix that only looks like a version is kept: only CAMARA API paths are recognised.
    ["https://op.example/api/v1", "https://op.example/api/v1"],
  ])("%s has the root %s", (given, root) => {
    const urls = apiUrls(given);
    expect(urls).toEqual({
      root,
      qod: `${root}/quality-on-demand/v1`,
      qosProfiles: `${root}/qos-profiles/v1`,
      qosProvisioning: `${root}/qos-provisioning/v0.4rc1`,
    });
  });

  it("keeps the version a full base names, and takes a separate QoS Profiles root or base", () => {
    expect(apiUrls("https://op.example/quality-on-demand/v1rc2").qod).toBe(
      "https://op.example/quality-on-demand/v1rc2",
    );
    expect(apiUrls("https://op.example", "https://profiles.example").qosProfiles).toBe(
      "https://profiles.example/qos-profiles/v1",
    );
    expect(apiUrls("https://op.example", "https://profiles.example/x/qos-profiles/v1").qosProfiles).toBe(
      "https://profiles.example/x/qos-profiles/v1",
    );
  });

  it("recognises other CAMARA APIs and versions the same way", () => {
    expect(splitApiUrl("https://op.example/qos-provisioning/v0.1")).toEqual({
      root: "https://op.example",
      apiPath: "qos-provisioning",
      version: "v0.1",
    });
    expect(apiUrl("https://op.example", "qod", "v2")).toBe("https://op.example/quality-on-demand/v2");
  });
});

describe("the client against the served sandbox", () => {
  const served = serveSandbox();
  const phone = { phoneNumber: "+36721601234567" };

  it("works with the API root `qod sandbox start` prints, and with the full QoD base", async () => {
    for (const baseUrl of [served.url, `${served.url}/quality-on-demand/v1`]) {
      const client = served.client({ baseUrl });
      const session = await client.devices
        .get(phone)
        .createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
      expect(session.status).toBe("REQUESTED");
      expect((await client.profiles.get("QOS_L")).name).toBe("QOS_L");
      await session.delete();
    }
  });

  it("a 404 names the URL it tried", async () => {
    const client = served.client({ baseUrl: `${served.url}/wrong` });
    const error = await client.devices
      .get(phone)
      .sessions()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain(`(POST ${served.url}/wrong/quality-on-demand/v1/retrieve-sessions)`);
  });

  it("remainingSeconds() reads the provider's clock from its Date header, or the clock given", async () => {
    const client = served.client();
    const session = await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 3600 });
    served.sandbox.clock.advance(1800);
    await session.refresh();
    expect(session.status).toBe("AVAILABLE");
    // The sandbox's time is 30 minutes ahead of this machine's; a Date header has whole seconds.
    expect(session.remainingSeconds()).toBeGreaterThanOrEqual(1790);
    expect(session.remainingSeconds()).toBeLessThanOrEqual(1801);
    const ownClock = served.client({
      clock: {
        now: () => Date.now(),
        schedule: (ms, fn) => {
          const t = setTimeout(fn, ms);
          return () => clearTimeout(t);
        },
      },
    });
    const again = await ownClock.sessions.get(session.id);
    expect(again.remainingSeconds()).toBeGreaterThan(3500);
    await session.delete();
  });
});

describe("profile names", () => {
  it("are typed as the known labels plus any string", () => {
    expectTypeOf<"QOS_L">().toExtend<QosProfileName>();
    expectTypeOf<"MY_OWN_PROFILE">().toExtend<QosProfileName>();
    expectTypeOf<CreateSessionInput["profile"]>().toEqualTypeOf<QosProfileName>();
    // The labels stay visible to editors: the union is not collapsed into plain string.
    expectTypeOf<QosProfileName>().not.toEqualTypeOf<string>();
  });
});
