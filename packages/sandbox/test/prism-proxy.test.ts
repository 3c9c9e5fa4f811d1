import { fileURLToPath } from "node:url";
import { specFiles } from "@qod/openapi/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_TOKEN, type Sandbox } from "../src/index.js";
import { type PrismProxy, startPrismProxy } from "./helpers/prism.js";
import { INELIGIBLE_PHONE, newSandbox, PHONE, SECOND_PHONE, sessionBody } from "./helpers/sandbox.js";

// The traffic of the e2e scenarios, sent through Prism's validating proxy: any request or
// response that breaks the contract comes back as Prism's own error, which fails the test.
let sandbox: Sandbox;
let qodProxy: PrismProxy;
let profilesProxy: PrismProxy;
let qodRc3Proxy: PrismProxy;
let provisioningProxy: PrismProxy;
const seen: string[] = [];

beforeAll(async () => {
  // A fixed wall clock: the rate-limit window must not roll over between two proxied requests.
  sandbox = newSandbox({ clock: { wallClock: () => Date.parse("2026-11-21T10:00:00.100Z") } });
  const url = await sandbox.listen(0);
  // Prism ignores the servers' base path: it serves at its root and appends paths to the upstream.
  [qodProxy, profilesProxy, qodRc3Proxy, provisioningProxy] = await Promise.all([
    startPrismProxy(fileURLToPath(specFiles.qod), `${url}/quality-on-demand/v1`),
    startPrismProxy(fileURLToPath(specFiles.profiles), `${url}/qos-profiles/v1`),
    startPrismProxy(fileURLToPath(specFiles["qod@1.2.0-rc.3"]), `${url}/quality-on-demand/v1rc3`),
    startPrismProxy(fileURLToPath(specFiles["provisioning@0.4.0-rc.1"]), `${url}/qos-provisioning/v0.4rc1`),
  ]);
});

afterAll(async () => {
  await Promise.all([qodProxy?.stop(), profilesProxy?.stop(), qodRc3Proxy?.stop(), provisioningProxy?.stop()]);
  await sandbox?.close();
});

interface ProxiedReply {
  status: number;
  body: any;
  headers: Headers;
}

async function through(
  proxy: PrismProxy,
  method: string,
  path: string,
  body?: unknown,
  token = DEV_TOKEN,
): Promise<ProxiedReply> {
  const correlator = `prism-${seen.length}`;
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "x-correlator": correlator };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${proxy.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  seen.push(`${method} ${path} → ${response.status}`);
  expect(response.headers.get("sl-violations"), `${method} ${path}: ${text}`).toBeNull();
  expect(response.headers.get("content-type") ?? "", `${method} ${path}: ${text}`).not.toContain("problem+json");
  expect(response.headers.get("x-correlator")).toBe(correlator);
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text), headers: response.headers };
}

describe("the sandbox through `prism proxy --errors`: no contract violation either way", () => {
  it("QoD: the session lifecycle", async () => {
    const created = await through(
      qodProxy,
      "POST",
      "/sessions",
      sessionBody({
        devicePorts: { ports: [5060] },
        applicationServerPorts: { ranges: [{ from: 8000, to: 8080 }] },
        sink: "https://127.0.0.1:9/notifications",
        sinkCredential: {
          credentialType: "ACCESSTOKEN",
          accessToken: "x",
          accessTokenExpiresUtc: "2027-01-01T00:00:00Z",
          accessTokenType: "bearer",
        },
      }),
    );
    expect(created.status).toBe(201);
    const id = created.body.sessionId;
    expect((await through(qodProxy, "GET", `/sessions/${id}`)).body.qosStatus).toBe("REQUESTED");
    expect(
      (await through(qodProxy, "POST", `/sessions/${id}/extend`, { requestedAdditionalDuration: 60 })).status,
    ).toBe(409);
    sandbox.clock.advance(1);
    expect(
      (await through(qodProxy, "POST", `/sessions/${id}/extend`, { requestedAdditionalDuration: 60 })).body.duration,
    ).toBe(3660);
    expect(
      (await through(qodProxy, "POST", "/retrieve-sessions", { device: { phoneNumber: PHONE } })).body,
    ).toHaveLength(1);
    await sandbox.control.terminate(id);
    expect((await through(qodProxy, "GET", `/sessions/${id}`)).body.statusInfo).toBe("NETWORK_TERMINATED");
    expect((await through(qodProxy, "POST", "/sessions", sessionBody({ devicePorts: { ports: [5060] } }))).status).toBe(
      409,
    );
    expect((await through(qodProxy, "DELETE", `/sessions/${id}`)).status).toBe(204);
    expect((await through(qodProxy, "GET", `/sessions/${id}`)).status).toBe(404);
    const short = await through(qodProxy, "POST", "/sessions", sessionBody({ duration: 5 }));
    sandbox.clock.advance(7);
    expect((await through(qodProxy, "GET", `/sessions/${short.body.sessionId}`)).body.statusInfo).toBe(
      "DURATION_EXPIRED",
    );
    expect(
      (await through(qodProxy, "POST", "/retrieve-sessions", { device: { phoneNumber: SECOND_PHONE } })).body,
    ).toEqual([]);
  });

  it("QoD: the domain errors", async () => {
    const expectCode = async (reply: Promise<ProxiedReply>, status: number, code: string) => {
      const r = await reply;
      expect(r.status).toBe(status);
      expect(r.body.code).toBe(code);
    };
    await expectCode(
      through(qodProxy, "POST", "/sessions", sessionBody({ device: { phoneNumber: "+99999999999" } })),
      404,
      "IDENTIFIER_NOT_FOUND",
    );
    await expectCode(
      through(qodProxy, "POST", "/sessions", sessionBody({ device: { phoneNumber: INELIGIBLE_PHONE } })),
      422,
      "SERVICE_NOT_APPLICABLE",
    );
    await expectCode(
      through(qodProxy, "POST", "/sessions", sessionBody({ device: undefined })),
      422,
      "MISSING_IDENTIFIER",
    );
    await expectCode(
      through(
        qodProxy,
        "POST",
        "/sessions",
        sessionBody({ device: { networkAccessIdentifier: "device@testcsp.net" } }),
      ),
      422,
      "UNSUPPORTED_IDENTIFIER",
    );
    await expectCode(
      through(qodProxy, "POST", "/sessions", sessionBody({ qosProfile: "QOS_TEST_INACTIVE" })),
      422,
      "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE",
    );
    await expectCode(
      through(qodProxy, "POST", "/sessions", sessionBody({ qosProfile: "QOS_UNKNOWN" })),
      400,
      "INVALID_ARGUMENT",
    );
    await expectCode(
      through(qodProxy, "POST", "/sessions", sessionBody({ duration: 100_000 })),
      400,
      "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE",
    );
    await expectCode(
      through(qodProxy, "POST", "/sessions", sessionBody({ devicePorts: { ranges: [{ from: 9, to: 1 }] } })),
      400,
      "OUT_OF_RANGE",
    );
    await expectCode(
      through(
        qodProxy,
        "POST",
        "/sessions",
        sessionBody({
          sinkCredential: { credentialType: "PLAIN", identifier: "a", secret: "b" },
          sink: "https://127.0.0.1:9/n",
        }),
      ),
      400,
      "INVALID_CREDENTIAL",
    );
    await expectCode(
      through(qodProxy, "GET", "/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6", undefined, "unknown-token"),
      401,
      "UNAUTHENTICATED",
    );
    const bound = sandbox.control.mintToken({ device: { phoneNumber: PHONE } }).accessToken;
    await expectCode(
      through(qodProxy, "POST", "/retrieve-sessions", { device: { phoneNumber: PHONE } }, bound),
      422,
      "UNNECESSARY_IDENTIFIER",
    );
    const readOnly = sandbox.control.mintToken({ scopes: ["quality-on-demand:sessions:read"] }).accessToken;
    await expectCode(through(qodProxy, "POST", "/sessions", sessionBody(), readOnly), 403, "PERMISSION_DENIED");
    const mine = await through(qodProxy, "POST", "/sessions", sessionBody({ devicePorts: { ports: [9000] } }));
    const other = sandbox.control.mintToken({ clientId: "someone-else" }).accessToken;
    await expectCode(
      through(qodProxy, "GET", `/sessions/${mine.body.sessionId}`, undefined, other),
      403,
      "PERMISSION_DENIED",
    );
    sandbox.control.setLimit({ clientId: "limited", requestsPerSecond: 1 });
    const limited = sandbox.control.mintToken({ clientId: "limited" }).accessToken;
    await through(qodProxy, "GET", `/sessions/${mine.body.sessionId}`, undefined, limited);
    const throttled = await through(qodProxy, "GET", `/sessions/${mine.body.sessionId}`, undefined, limited);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("QoS Profiles: listing, filters and reads", async () => {
    expect((await through(profilesProxy, "POST", "/retrieve-qos-profiles", {})).body).toHaveLength(16); // the device-restricted one is listed only with its device
    expect(
      (
        await through(profilesProxy, "POST", "/retrieve-qos-profiles", {
          device: { phoneNumber: SECOND_PHONE },
          status: "ACTIVE",
        })
      ).body,
    ).toHaveLength(15);
    expect(
      (await through(profilesProxy, "POST", "/retrieve-qos-profiles", { device: { phoneNumber: INELIGIBLE_PHONE } }))
        .body,
    ).toEqual([]);
    expect(
      (await through(profilesProxy, "POST", "/retrieve-qos-profiles", { device: { phoneNumber: "+99999999999" } }))
        .status,
    ).toBe(404);
    expect((await through(profilesProxy, "GET", "/qos-profiles/QOS_L")).body.name).toBe("QOS_L");
    expect((await through(profilesProxy, "GET", "/qos-profiles/QOS_NOPE")).status).toBe(404);
    expect((await through(profilesProxy, "GET", "/qos-profiles/QOS_L", undefined, "bad")).status).toBe(401);
  });

  it("QoD 1.2.0-rc.3: an address-list session's lifecycle and its refusals", async () => {
    const body = sessionBody({ applicationServer: { ipAddresses: ["198.51.100.50", "2001:db8::50"] }, duration: 60 });
    const created = await through(qodRc3Proxy, "POST", "/sessions", body);
    expect(created.status).toBe(201);
    const id = created.body.sessionId;
    sandbox.clock.advance(1);
    expect((await through(qodRc3Proxy, "GET", `/sessions/${id}`)).body.qosStatus).toBe("AVAILABLE");
    expect(
      (await through(qodRc3Proxy, "POST", `/sessions/${id}/extend`, { requestedAdditionalDuration: 60 })).body.duration,
    ).toBe(120);
    expect((await through(qodRc3Proxy, "POST", "/sessions", body)).status).toBe(409);
    const jwt = sessionBody({ sink: "https://127.0.0.1:9/n", sinkCredential: { credentialType: "PRIVATE_KEY_JWT" } });
    expect((await through(qodRc3Proxy, "POST", "/sessions", jwt)).body.code).toBe("PRIVATE_KEY_JWT_NOT_CONFIGURED");
    expect((await through(qodRc3Proxy, "DELETE", `/sessions/${id}`)).status).toBe(204);
  });

  it("QoS Provisioning 0.4.0-rc.1: create, read, read by device, revoke", async () => {
    const created = await through(provisioningProxy, "POST", "/qos-assignments", {
      device: { phoneNumber: SECOND_PHONE },
      qosProfile: "QOS_M",
    });
    expect(created.status).toBe(201);
    const id = created.body.assignmentId;
    sandbox.clock.advance(1);
    expect((await through(provisioningProxy, "GET", `/qos-assignments/${id}`)).body.status).toBe("AVAILABLE");
    const again = { device: { phoneNumber: SECOND_PHONE }, qosProfile: "QOS_S" };
    expect((await through(provisioningProxy, "POST", "/qos-assignments", again)).status).toBe(409);
    const byDevice = { device: { phoneNumber: SECOND_PHONE } };
    expect((await through(provisioningProxy, "POST", "/retrieve-qos-assignment", byDevice)).body.assignmentId).toBe(id);
    expect((await through(provisioningProxy, "DELETE", `/qos-assignments/${id}`)).status).toBe(204);
    expect((await through(provisioningProxy, "GET", `/qos-assignments/${id}`)).body.statusInfo).toBe(
      "DELETE_REQUESTED",
    );
    const none = { device: { phoneNumber: PHONE } };
    expect((await through(provisioningProxy, "POST", "/retrieve-qos-assignment", none)).status).toBe(404);
  });

  it("would notice a violation: a response the contract does not declare is flagged (self-check)", async () => {
    sandbox.control.addFault({ path: "/sessions/*", status: 418 });
    const response = await fetch(`${qodProxy.url}/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6`, {
      headers: { authorization: `Bearer ${DEV_TOKEN}` },
    });
    // Prism passes an undeclared status through with a warning header; `through` fails on any such header.
    expect(response.headers.get("sl-violations")).toContain("Unable to match the returned status code");
  });
});
