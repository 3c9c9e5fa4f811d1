// The SDK (@qod/sdk) against the Prism mocks: every SDK method, through a fetch that keeps each
// request the SDK sends. Prism refuses a request that breaks the contract (400/422), so every
// call must succeed; each kept request is also checked here against the contract's schemas,
// so a failure names the field.
import { createSpecValidator, loadSpec, pointerSegment } from "@qod/openapi/validator";
import { QodClient, type Session } from "@qod/sdk";
import { describe, expect, inject, test } from "vitest";

interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  status: number;
}

const specs = {
  qod: { document: loadSpec("qod"), root: inject("qodMockUrl") },
  profiles: { document: loadSpec("profiles"), root: inject("profilesMockUrl") },
};
const validators = {
  qod: createSpecValidator(specs.qod.document),
  profiles: createSpecValidator(specs.profiles.document),
};
const CORRELATOR = /^[a-zA-Z0-9-_:;./<>{}]{0,256}$/;

const sent: SentRequest[] = [];

// Prism serves each document at its root, while the SDK derives `<root>/quality-on-demand/v1`
// and `<root>/qos-profiles/v1` from its base URLs: the API's path is taken off before Prism.
const API_PATH = /^\/(?:quality-on-demand|qos-profiles)\/v1(?=\/)/;

/** The real fetch, keeping a copy of each request and the status it got. */
async function recordingFetch(request: Request): Promise<Response> {
  const text = await request.clone().text();
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(API_PATH, "");
  const response = await fetch(
    new Request(url, { method: request.method, headers: request.headers, body: text || undefined }),
  );
  sent.push({
    method: request.method,
    url,
    headers: request.headers,
    body: text ? JSON.parse(text) : undefined,
    status: response.status,
  });
  return response;
}

function client(options: { auth?: "bearer" | "rapidapi" } = {}): QodClient {
  return new QodClient({
    token: "contract-test-token",
    baseUrl: specs.qod.root,
    profilesBaseUrl: specs.profiles.root,
    fetch: recordingFetch,
    maxRetries: 0,
    ...(options.auth === "rapidapi" && { auth: "rapidapi", rapidApiHost: "qod.example.rapidapi.com" }),
  });
}

/** The contract operation a sent request is for, and the problems the contract finds in it. */
function problemsOf(request: SentRequest): string[] {
  const spec = request.url.origin === new URL(specs.qod.root).origin ? "qod" : "profiles";
  const { document } = specs[spec];
  const path = request.url.pathname;
  const method = request.method.toLowerCase();
  const template = Object.keys(document.paths).find((t) => {
    const pattern = new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    return pattern.test(path) && document.paths[t][method];
  });
  if (!template) return [`${request.method} ${path} is not an operation of the contract`];
  const problems: string[] = [];
  const operation = document.paths[template][method];
  const base = `/paths/${pointerSegment(template)}/${method}`;
  if (operation.requestBody) {
    const pointer = `${base}/requestBody/content/application~1json/schema`;
    for (const e of validators[spec].validate(pointer, request.body)) problems.push(`body${e}`);
  }
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const values = new RegExp(`^${template.replace(/\{[^}]+\}/g, "([^/]+)")}$`).exec(path)?.slice(1) ?? [];
  names.forEach((name, i) => {
    const index = operation.parameters.findIndex((p: { $ref?: string; name?: string }) =>
      (p.$ref ?? p.name ?? "").endsWith(name),
    );
    const pointer = `${base}/parameters/${index}/schema`;
    const value = decodeURIComponent(values[i] ?? "");
    if (index < 0) problems.push(`no parameter ${name}`);
    else {
      const paramPointer = operation.parameters[index].$ref
        ? `/components/parameters/${pointerSegment(name)}/schema`
        : pointer;
      for (const e of validators[spec].validate(paramPointer, value)) problems.push(`${name}${e}`);
    }
  });
  const correlator = request.headers.get("x-correlator");
  if (correlator === null || !CORRELATOR.test(correlator)) problems.push(`x-correlator ${correlator}`);
  return problems;
}

/** Every request sent since `from` succeeded (2xx) and follows the contract. */
function expectSentValid(from: number, count?: number): void {
  const requests = sent.slice(from);
  if (count !== undefined) expect(requests).toHaveLength(count);
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const label = `${request.method} ${request.url.pathname}`;
    expect(problemsOf(request), label).toEqual([]);
    expect(request.status, label).toBeGreaterThanOrEqual(200);
    expect(request.status, label).toBeLessThan(300);
  }
}

const qod = client();
const phone = { phoneNumber: "+36721601234567" };

describe("sessions through the SDK", () => {
  test("createQodSession: the minimal tutorial session", async () => {
    const from = sent.length;
    const session = await qod.devices
      .get(phone)
      .createQodSession({ profile: "DOWNLINK_L_UPLINK_L", serviceIpv4: "233.252.0.2" });
    expectSentValid(from, 1);
    expect(sent[from]?.body).toMatchObject({ duration: 86400, device: phone });
    expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(["REQUESTED", "AVAILABLE"]).toContain(session.status);
  });

  test("createQodSession: IPv6 server, ports as list and ranges, sink and credential", async () => {
    const from = sent.length;
    const device = qod.devices.get({ ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" } });
    await device.createQodSession({
      profile: "QOS_L",
      serviceIpv4: "198.51.100.0/24",
      serviceIpv6: "2001:db8:85a3:8d3:1319:8a2e:370:7344",
      devicePorts: { ports: [5060] },
      servicePorts: { ranges: [{ start: 8000, end: 8080 }], ports: [443] },
      duration: 3600,
      // Prism posts the notification callback here: loopback, on a closed port.
      sink: "https://127.0.0.1:9/notify",
      sinkCredential: { accessToken: "sink-test-token", accessTokenExpiresUtc: new Date("2026-12-01T00:00:00Z") },
    });
    expectSentValid(from, 1);
    expect(sent[from]?.body).toMatchObject({ applicationServerPorts: { ranges: [{ from: 8000, to: 8080 }] } });
  });

  test("createQodSession(profile, options), the vendor call style, with an IPv6 device", async () => {
    const from = sent.length;
    await qod.devices.get({ ipv6Address: "2001:db8:1234:5678:9abc:def0:fedc:ba98" }).createQodSession("QOS_E", {
      serviceIpv4: "233.252.0.2",
      duration: 60,
    });
    expectSentValid(from, 1);
  });

  test("device.sessions() lists the device's sessions", async () => {
    const from = sent.length;
    const sessions = await qod.devices.get(phone).sessions();
    expectSentValid(from, 1);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions[0]?.profile).toMatch(/^[A-Z_]+$/);
  });

  let session: Session;

  test("client.sessions.get(id) reads one session", async () => {
    const from = sent.length;
    session = await qod.sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    expectSentValid(from, 1);
    expect(session.id).toBe("3fa85f64-5717-4562-b3fc-2c963f66afa6");
  });

  test("session.extend(seconds) and session.refresh()", async () => {
    const from = sent.length;
    await session.extend(3600);
    expect(session.duration).toBeGreaterThan(0);
    expect(sent[from]?.body).toEqual({ requestedAdditionalDuration: 3600 });
    await session.refresh();
    expectSentValid(from, 2);
  });

  test("session.delete()", async () => {
    const from = sent.length;
    await session.delete();
    expectSentValid(from, 1);
    expect(sent[from]?.method).toBe("DELETE");
  });

  test("device.clearSessions() lists, then deletes each session", async () => {
    const from = sent.length;
    const deleted = await qod.devices.get(phone).clearSessions();
    expect(deleted.length).toBeGreaterThan(0);
    expectSentValid(from, 1 + deleted.length);
  });

  test("the RapidAPI auth style is accepted too", async () => {
    const from = sent.length;
    await client({ auth: "rapidapi" }).sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    expectSentValid(from, 1);
    expect(sent[from]?.headers.get("x-rapidapi-key")).toBe("contract-test-token");
    expect(sent[from]?.headers.get("authorization")).toBeNull();
  });
});

describe("profiles through the SDK", () => {
  test("profiles.list() without and with every filter", async () => {
    const from = sent.length;
    const all = await qod.profiles.list();
    const filtered = await qod.profiles.list({
      name: "QOS_L",
      status: "ACTIVE",
      device: qod.devices.get({ networkAccessIdentifier: "device@testcsp.net" }),
    });
    expectSentValid(from, 2);
    expect(all.length).toBeGreaterThan(0);
    expect(Array.isArray(filtered)).toBe(true);
  });

  test("profiles.get(name)", async () => {
    const from = sent.length;
    const profile = await qod.profiles.get("QOS_L");
    expectSentValid(from, 1);
    expect(profile.name).toBe("QOS_L");
  });
});

describe("the check itself", () => {
  test("finds a request that breaks the contract", () => {
    const bad: SentRequest = {
      method: "POST",
      url: new URL("/sessions", specs.qod.root),
      headers: new Headers({ "x-correlator": "ok" }),
      body: { qosProfile: "QOS_L", duration: 0, applicationServer: {} },
      status: 201,
    };
    expect(problemsOf(bad).length).toBeGreaterThan(0);
    const badId: SentRequest = { ...bad, method: "GET", url: new URL("/sessions/42", specs.qod.root), body: undefined };
    expect(problemsOf(badId)).toEqual([expect.stringContaining("sessionId")]);
    const badCorrelator: SentRequest = {
      ...badId,
      url: new URL("/qos-profiles/QOS_L", specs.profiles.root),
      headers: new Headers({ "x-correlator": "a b" }),
    };
    expect(problemsOf(badCorrelator)).toEqual(["x-correlator a b"]);
  });

  test("every SDK request of this file was checked", () => {
    expect(sent.length).toBeGreaterThanOrEqual(13);
  });
});
