import { describe, expect, it } from "vitest";
import { setup } from "./support/setup.js";

const phone = { phoneNumber: "+36721601234567" };

async function created(input: Parameters<ReturnType<typeof setup>["client"]["devices"]["get"]>[0], options: any) {
  const { client, provider } = setup();
  const session = await client.devices.get(input).createQodSession(options);
  const [request] = provider.calls("createSession");
  return { session, body: request?.body, request, provider };
}

describe("createQodSession sends the tutorial's requests exactly", () => {
  it("minimal session: device, IPv4 server, profile, the default duration 86400", async () => {
    const { body, request } = await created(phone, { profile: "DOWNLINK_L_UPLINK_L", serviceIpv4: "233.252.0.2" });
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/quality-on-demand/v1/sessions");
    expect(body).toEqual({
      device: { phoneNumber: "+36721601234567" },
      qosProfile: "DOWNLINK_L_UPLINK_L",
      applicationServer: { ipv4Address: "233.252.0.2" },
      duration: 86400,
    });
  });

  it("IPv6 service address (with IPv4 too)", async () => {
    const { body } = await created(phone, {
      profile: "QOS_L",
      serviceIpv4: "198.51.100.0/24",
      serviceIpv6: "2001:db8:85a3:8d3:1319:8a2e:370:7344",
    });
    expect(body.applicationServer).toEqual({
      ipv4Address: "198.51.100.0/24",
      ipv6Address: "2001:db8:85a3:8d3:1319:8a2e:370:7344",
    });
  });

  it("device ports as a list and as a range", async () => {
    const list = await created(phone, {
      profile: "QOS_E",
      serviceIpv4: "233.252.0.2",
      devicePorts: { ports: [5060, 5070] },
    });
    expect(list.body.devicePorts).toEqual({ ports: [5060, 5070] });
    const range = await created(phone, {
      profile: "QOS_E",
      serviceIpv4: "233.252.0.2",
      devicePorts: { ranges: [{ start: 5010, end: 5020 }] },
    });
    expect(range.body.devicePorts).toEqual({ ranges: [{ from: 5010, to: 5020 }] });
  });

  it("service ports as a list and as a range ({from, to} kept as is)", async () => {
    const { body } = await created(phone, {
      profile: "QOS_M",
      serviceIpv4: "233.252.0.2",
      servicePorts: { ports: [443], ranges: [{ from: 8000, to: 8080 }] },
    });
    expect(body.applicationServerPorts).toEqual({ ports: [443], ranges: [{ from: 8000, to: 8080 }] });
    expect(body).not.toHaveProperty("servicePorts");
  });

  it("an explicit duration", async () => {
    const { body } = await created(phone, { profile: "QOS_S", serviceIpv4: "233.252.0.2", duration: 3600 });
    expect(body.duration).toBe(3600);
  });

  it("sink and credential: a Date expiry is sent as RFC 3339, type and token type filled in", async () => {
    const { body } = await created(
      { ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" } },
      {
        profile: "QOS_L",
        serviceIpv4: "233.252.0.2",
        sink: "https://application-server.example.com/notifications",
        sinkCredential: { accessToken: "notification-token", accessTokenExpiresUtc: new Date(Date.UTC(2026, 11, 1)) },
      },
    );
    expect(body.device).toEqual({ ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" } });
    expect(body.sink).toBe("https://application-server.example.com/notifications");
    expect(body.sinkCredential).toEqual({
      credentialType: "ACCESSTOKEN",
      accessToken: "notification-token",
      accessTokenExpiresUtc: "2026-12-01T00:00:00.000Z",
      accessTokenType: "bearer",
    });
  });

  it("an RFC 3339 string expiry is sent unchanged", async () => {
    const { body } = await created(phone, {
      profile: "QOS_L",
      serviceIpv4: "233.252.0.2",
      sink: "https://127.0.0.1:9/notify",
      sinkCredential: { accessToken: "t", accessTokenExpiresUtc: "2026-12-01T01:00:00+01:00" },
    });
    expect(body.sinkCredential.accessTokenExpiresUtc).toBe("2026-12-01T01:00:00+01:00");
  });

  it("the vendor-style overload createQodSession(profile, options) sends the same body", async () => {
    const { client, provider } = setup();
    const device = client.devices.get(phone);
    await device.createQodSession("QOS_L", { serviceIpv4: "233.252.0.2", duration: 60 });
    await device.createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 60 });
    const [a, b] = provider.calls("createSession");
    expect(a?.body).toEqual(b?.body);
    expect(a?.body.qosProfile).toBe("QOS_L");
  });

  it("never changes the caller's objects", async () => {
    const { client } = setup();
    const identifiers = { ipv4Address: { publicAddress: "233.252.0.2", publicPort: 80 } };
    const options = {
      profile: "QOS_L",
      serviceIpv4: "233.252.0.2",
      devicePorts: { ranges: [{ start: 1, end: 2 }] },
      sinkCredential: { accessToken: "x", accessTokenExpiresUtc: new Date(0) },
      sink: "https://127.0.0.1:9/n",
    };
    const before = structuredClone({ identifiers, options });
    const device = client.devices.get(identifiers);
    await device.createQodSession(options);
    expect({ identifiers, options }).toEqual(before);
    expect(Object.isFrozen(device.ipv4Address)).toBe(true);
    expect(device.ipv4Address).not.toBe(identifiers.ipv4Address);
  });
});

describe("the provider's answer becomes a Session", () => {
  it("maps id, profile, status, dates, duration, server, ports, device and sink", async () => {
    const { session } = await created(phone, {
      profile: "QOS_L",
      serviceIpv4: "233.252.0.2",
      duration: 3600,
      devicePorts: { ports: [5060] },
      servicePorts: { ranges: [{ from: 8000, to: 8080 }] },
      sink: "https://127.0.0.1:9/notify",
    });
    expect(session.id).toBe("3fa85f64-5717-4562-b3fc-000000000001");
    expect(session.profile).toBe("QOS_L");
    expect(session.status).toBe("AVAILABLE");
    expect(session.statusInfo).toBeUndefined();
    expect(session.startedAt).toEqual(new Date("2026-11-21T10:00:00Z"));
    expect(session.expiresAt).toEqual(new Date("2026-11-21T11:00:00Z"));
    expect(session.duration).toBe(3600);
    expect(session.serviceIpv4).toBe("233.252.0.2");
    expect(session.devicePorts).toEqual({ ports: [5060] });
    expect(session.servicePorts).toEqual({ ranges: [{ from: 8000, to: 8080 }] });
    expect(session.device?.phoneNumber).toBe("+36721601234567");
    expect(session.sink).toBe("https://127.0.0.1:9/notify");
  });

  it("toJSON is plain JSON with RFC 3339 dates and no credential", async () => {
    const { session } = await created(phone, {
      profile: "QOS_L",
      serviceIpv4: "233.252.0.2",
      duration: 3600,
      sink: "https://127.0.0.1:9/notify",
      sinkCredential: { accessToken: "notification-secret", accessTokenExpiresUtc: "2026-12-01T00:00:00Z" },
    });
    const json = JSON.parse(JSON.stringify(session));
    expect(json).toEqual({
      id: "3fa85f64-5717-4562-b3fc-000000000001",
      profile: "QOS_L",
      status: "AVAILABLE",
      startedAt: "2026-11-21T10:00:00.000Z",
      expiresAt: "2026-11-21T11:00:00.000Z",
      duration: 3600,
      serviceIpv4: "233.252.0.2",
      device: { phoneNumber: "+36721601234567" },
      sink: "https://127.0.0.1:9/notify",
    });
    expect(JSON.stringify(session)).not.toContain("notification-secret");
  });
});
