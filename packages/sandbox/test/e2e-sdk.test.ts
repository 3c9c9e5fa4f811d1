import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "@qod/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { INELIGIBLE_PHONE, mintToken, newSandbox, PHONE, SECOND_PHONE } from "./helpers/sandbox.js";
import { allExchanges, expectSdkError, sdkClient } from "./helpers/sdk.js";

afterEach(() => {
  // Every response of every test, success or error, echoed the SDK's correlator.
  expect(allExchanges.length).toBeGreaterThan(0);
  for (const e of allExchanges) expect(e.echoed, `${e.method} ${e.path} → ${e.status}`).toBe(e.sent);
  allExchanges.length = 0;
});

const tutorial = { profile: "DOWNLINK_L_UPLINK_L", serviceIpv4: "233.252.0.2", duration: 3600 };

describe("through the SDK: the session lifecycle", () => {
  it("creates, activates, extends (capped), deletes; then reads 404", async () => {
    const sandbox = newSandbox();
    const sdk = sdkClient(sandbox);
    const device = sdk.client.devices.get({ phoneNumber: PHONE });
    const session = await device.createQodSession({ ...tutorial, profile: "QOS_TEST_SHORT", duration: 3000 });
    expect(sdk.last().status).toBe(201);
    expect(session.status).toBe("REQUESTED");
    expect(sandbox.state.session(session.id)?.qosStatus).toBe("REQUESTED");

    await expectSdkError(
      session.extend(60),
      ConflictError,
      409,
      "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED",
      sdk,
    );

    sandbox.clock.advance(1);
    await session.refresh();
    expect(session.status).toBe("AVAILABLE");
    expect(session.startedAt?.toISOString()).toBe("2026-11-21T10:00:01.000Z");

    await session.extend(5000);
    expect(sdk.last().status).toBe(200);
    expect(session.duration).toBe(3600);
    expect(session.expiresAt?.toISOString()).toBe("2026-11-21T11:00:01.000Z");
    expect(sandbox.state.session(session.id)?.duration).toBe(3600);

    const listed = await device.sessions();
    expect(listed.map((s) => s.id)).toEqual([session.id]);

    await session.delete();
    expect(sdk.last().status).toBe(204);
    expect(sandbox.state.session(session.id)).toBeUndefined();
    await expectSdkError(sdk.client.sessions.get(session.id), NotFoundError, 404, "NOT_FOUND", sdk);
    expect(await device.sessions()).toEqual([]);
  });

  it("expires at expiresAt and keeps the session readable for 360 s", async () => {
    const sandbox = newSandbox();
    const sdk = sdkClient(sandbox);
    const session = await sdk.client.devices
      .get({ phoneNumber: PHONE })
      .createQodSession({ ...tutorial, duration: 60 });
    sandbox.clock.advance(61);
    const ended = await sdk.client.sessions.get(session.id);
    expect([ended.status, ended.statusInfo, ended.expiresAt?.toISOString()]).toEqual([
      "UNAVAILABLE",
      "DURATION_EXPIRED",
      "2026-11-21T10:01:01.000Z",
    ]);
    sandbox.clock.advance(360);
    await expectSdkError(sdk.client.sessions.get(session.id), NotFoundError, 404, "NOT_FOUND", sdk);
  });

  it("shows NETWORK_TERMINATED for 360 s and refuses the same flow (409 CONFLICT) until deleted", async () => {
    const sandbox = newSandbox();
    const sdk = sdkClient(sandbox);
    const device = sdk.client.devices.get({ phoneNumber: PHONE });
    const session = await device.createQodSession(tutorial);
    sandbox.clock.advance(1);
    sandbox.control.terminate(session.id);
    await session.refresh();
    expect([session.status, session.statusInfo]).toEqual(["UNAVAILABLE", "NETWORK_TERMINATED"]);
    const conflict = await expectSdkError(device.createQodSession(tutorial), ConflictError, 409, "CONFLICT", sdk);
    expect(conflict.message).toContain(session.id);
    expect(sandbox.state.sessionCount).toBe(1);
    await session.delete();
    const again = await device.createQodSession(tutorial);
    expect(again.status).toBe("REQUESTED");
  });

  it("allows non-overlapping flows on one device", async () => {
    const sandbox = newSandbox();
    const sdk = sdkClient(sandbox);
    const device = sdk.client.devices.get({ phoneNumber: PHONE });
    await device.createQodSession({ ...tutorial, devicePorts: { ports: [5060] } });
    await device.createQodSession({ ...tutorial, devicePorts: { ranges: [{ start: 6000, end: 6010 }] } });
    expect((await device.sessions()).map((s) => s.devicePorts)).toEqual([
      { ports: [5060] },
      { ranges: [{ from: 6000, to: 6010 }] },
    ]);
  });
});

describe("through the SDK: the provider's refusals", () => {
  it("device identification: unknown 404, ineligible 422, network access identifier alone 422, one identifier echoed", async () => {
    const sandbox = newSandbox();
    const sdk = sdkClient(sandbox);
    const create = (identifiers: Parameters<typeof sdk.client.devices.get>[0]) =>
      sdk.client.devices.get(identifiers).createQodSession(tutorial);
    await expectSdkError(create({ phoneNumber: "+99999999999" }), NotFoundError, 404, "IDENTIFIER_NOT_FOUND", sdk);
    await expectSdkError(
      create({ phoneNumber: INELIGIBLE_PHONE }),
      UnprocessableEntityError,
      422,
      "SERVICE_NOT_APPLICABLE",
      sdk,
    );
    await expectSdkError(
      create({ networkAccessIdentifier: "device@testcsp.net" }),
      UnprocessableEntityError,
      422,
      "UNSUPPORTED_IDENTIFIER",
      sdk,
    );
    expect(sandbox.state.sessionCount).toBe(0);
    const session = await create({ phoneNumber: PHONE, ipv6Address: "2001:db8:1234:5678:9abc:def0:fedc:ba98" });
    const read = await sdk.client.sessions.get(session.id);
    expect(read.device?.toIdentifiers()).toEqual({ phoneNumber: PHONE });
  });

  it("profiles and durations: unknown 400, inactive/deprecated/restricted 422, out of the profile's range 400", async () => {
    const sandbox = newSandbox();
    const sdk = sdkClient(sandbox);
    const device = sdk.client.devices.get({ phoneNumber: PHONE });
    await expectSdkError(
      device.createQodSession({ ...tutorial, profile: "QOS_UNKNOWN" }),
      BadRequestError,
      400,
      "INVALID_ARGUMENT",
      sdk,
    );
    for (const profile of ["QOS_TEST_INACTIVE", "QOS_TEST_DEPRECATED", "QOS_TEST_RESTRICTED"])
      await expectSdkError(
        device.createQodSession({ ...tutorial, profile }),
        UnprocessableEntityError,
        422,
        "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE",
        sdk,
      );
    await expectSdkError(
      device.createQodSession({ ...tutorial, profile: "QOS_TEST_SHORT", duration: 30 }),
      BadRequestError,
      400,
      "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE",
      sdk,
    );
    expect(sandbox.state.sessionCount).toBe(0);
  });

  it("authentication and authorisation: expired 401, missing scope 403, another client's session 403", async () => {
    const sandbox = newSandbox();
    const owner = sdkClient(sandbox, await mintToken(sandbox, { clientId: "owner" }));
    const session = await owner.client.devices.get({ phoneNumber: PHONE }).createQodSession(tutorial);

    const expiring = sdkClient(sandbox, await mintToken(sandbox, { expiresIn: 30 }));
    await expiring.client.profiles.get("QOS_L");
    sandbox.clock.advance(30);
    await expectSdkError(expiring.client.profiles.get("QOS_L"), AuthenticationError, 401, "UNAUTHENTICATED", expiring);

    const reader = sdkClient(
      sandbox,
      await mintToken(sandbox, { clientId: "owner", scopes: ["quality-on-demand:sessions:read"] }),
    );
    const readable = await reader.client.sessions.get(session.id);
    await expectSdkError(readable.delete(), PermissionDeniedError, 403, "PERMISSION_DENIED", reader);

    const other = sdkClient(sandbox, await mintToken(sandbox, { clientId: "other" }));
    await expectSdkError(other.client.sessions.get(session.id), PermissionDeniedError, 403, "PERMISSION_DENIED", other);
    expect(sandbox.state.session(session.id)?.clientId).toBe("owner");
  });

  it("rate limits: 429 TOO_MANY_REQUESTS with Retry-After", async () => {
    const wall = Date.parse("2026-11-21T10:00:00Z");
    const sandbox = newSandbox({ clock: { wallClock: () => wall } });
    sandbox.control.setLimit({ requestsPerSecond: 1 });
    const sdk = sdkClient(sandbox);
    await sdk.client.profiles.list();
    const error = await expectSdkError(sdk.client.profiles.list(), RateLimitError, 429, "TOO_MANY_REQUESTS", sdk);
    expect((error as RateLimitError).retryAfter).toBe(1);
  });

  it("Network as Code style: X-RapidAPI-Key in place of a bearer token", async () => {
    const sandbox = newSandbox({ rapidApiKey: "nac-app-key" });
    const sdk = sdkClient(sandbox, "nac-app-key", {
      auth: "rapidapi",
      rapidApiHost: "quality-of-service-on-demand.nokia.rapidapi.com",
    });
    const session = await sdk.client.devices
      .get({ phoneNumber: PHONE })
      .createQodSession("QOS_E", { serviceIpv4: "233.252.0.2", duration: 600 });
    expect(sandbox.state.session(session.id)?.clientId).toBe("rapidapi");
  });
});

describe("through the SDK: QoS profiles", () => {
  it("lists, filters by status and device, reads one, 404 for unknown", async () => {
    const sandbox = newSandbox();
    const sdk = sdkClient(sandbox);
    expect(await sdk.client.profiles.list()).toHaveLength(16); // the device-restricted one is listed only with its device
    expect((await sdk.client.profiles.list({ status: "INACTIVE" })).map((p) => p.name)).toEqual(["QOS_TEST_INACTIVE"]);
    const second = sdk.client.devices.get({ phoneNumber: SECOND_PHONE });
    expect((await sdk.client.profiles.list({ device: second })).map((p) => p.name)).toContain("QOS_TEST_RESTRICTED");
    expect(await sdk.client.profiles.list({ device: { phoneNumber: INELIGIBLE_PHONE } })).toEqual([]);
    expect((await sdk.client.profiles.get("QOS_L")).maxDuration).toEqual({ value: 86_400, unit: "Seconds" });
    await expectSdkError(sdk.client.profiles.get("QOS_NOPE"), NotFoundError, 404, "NOT_FOUND", sdk);
  });
});

describe("through the SDK: notifications", () => {
  it("delivers AVAILABLE and DURATION_EXPIRED for a session created with a sink, retrying a 503", async () => {
    const { selfSignedCertificate, startReceiver } = await import("./helpers/receiver.js");
    const receiver = await startReceiver();
    const sandbox = newSandbox({ notifications: { ca: selfSignedCertificate().cert } });
    try {
      const sdk = sdkClient(sandbox);
      receiver.answers.push(503);
      const session = await sdk.client.devices.get({ phoneNumber: PHONE }).createQodSession({
        ...tutorial,
        duration: 10,
        sink: receiver.url,
        sinkCredential: { accessToken: "sdk-sink-token", accessTokenExpiresUtc: new Date("2027-01-01T00:00:00Z") },
      });
      for (const step of [1, 1, 9]) {
        sandbox.clock.advance(step);
        await sandbox.notifications.idle();
      }
      expect(receiver.received.map((n) => [n.body.data.qosStatus, n.body.data.statusInfo])).toEqual([
        ["AVAILABLE", undefined],
        ["AVAILABLE", undefined],
        ["UNAVAILABLE", "DURATION_EXPIRED"],
      ]);
      expect(receiver.received.every((n) => n.headers.authorization === "Bearer sdk-sink-token")).toBe(true);
      expect(receiver.received.every((n) => n.body.data.sessionId === session.id)).toBe(true);
    } finally {
      await sandbox.close();
      await receiver.close();
    }
  });
});
