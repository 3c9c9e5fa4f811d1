import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_TOKEN } from "../src/index.js";
import { CONTROL, contract, newSandbox, PHONE, PROFILES, QOD, sessionBody } from "./helpers/sandbox.js";

// One sandbox takes every malformed request; afterwards its state must still be coherent.
const sandbox = newSandbox({ activationDelaySeconds: 0 });
const tally = { requests: 0, clientErrors: 0, created: 0 };
const SEED = 20_261_121;

async function send(method: string, path: string, headers: Record<string, string>, body?: string) {
  const response = await sandbox.fetch(`http://sandbox.test${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  tally.requests++;
  expect(response.status, `${method} ${path} → ${text}`).toBeLessThan(500);
  if (response.status >= 400) {
    tally.clientErrors++;
    expect(response.headers.get("content-type")).toBe("application/json");
    const parsed = JSON.parse(text);
    expect(parsed).toEqual({ status: response.status, code: expect.any(String), message: expect.any(String) });
  }
  return { status: response.status, text };
}

const json = { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" };
const hugeString = fc.integer({ min: 257, max: 120_000 }).map((n) => "x".repeat(n));
const wrongValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  hugeString,
  fc.integer({ min: -1_000_000, max: 0 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(null, true, "", " ", "+36 721 601 234", "1.2.3", "::::", "http://x", Number.MAX_SAFE_INTEGER),
);

const fields = [
  ["qosProfile"],
  ["duration"],
  ["applicationServer"],
  ["applicationServer", "ipv4Address"],
  ["applicationServer", "ipv6Address"],
  ["device"],
  ["device", "phoneNumber"],
  ["device", "ipv4Address"],
  ["device", "ipv4Address", "publicPort"],
  ["device", "ipv6Address"],
  ["devicePorts"],
  ["devicePorts", "ports"],
  ["devicePorts", "ranges"],
  ["applicationServerPorts"],
  ["sink"],
  ["sinkCredential"],
  ["sinkCredential", "credentialType"],
  ["sinkCredential", "accessTokenType"],
  ["sinkCredential", "accessTokenExpiresUtc"],
] as const;

function withValue(
  body: Record<string, any>,
  path: readonly string[],
  value: unknown,
  remove: boolean,
): Record<string, any> {
  const copy = structuredClone(body);
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key];
  }
  const last = path[path.length - 1] as string;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const baseBody = sessionBody({
  devicePorts: { ports: [5000] },
  sink: "https://127.0.0.1:9/never-called",
  sinkCredential: {
    credentialType: "ACCESSTOKEN",
    accessToken: "t",
    accessTokenExpiresUtc: "2027-01-01T00:00:00Z",
    accessTokenType: "bearer",
  },
});

describe("fuzz: malformed requests get a 4xx error body, never a 5xx", () => {
  it("createSession bodies with wrong types, missing and extra fields, huge strings", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        wrongValue,
        fc.boolean(),
        fc.dictionary(fc.string({ maxLength: 10 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
        async (path, value, remove, extra) => {
          const body = { ...extra, ...withValue(baseBody, path, value, remove) };
          const valid = contract.qod.validate("/components/schemas/CreateSession", body).length === 0;
          const reply = await send("POST", `${QOD}/sessions`, json, JSON.stringify(body));
          if (!valid) expect(reply.status).toBeGreaterThanOrEqual(400);
          if (reply.status === 201) tally.created++;
        },
      ),
      { numRuns: 1800, seed: SEED },
    );
  });

  it("text that is not JSON, to every operation taking a body", async () => {
    const notJson = fc
      .oneof(
        fc.string({ maxLength: 200 }),
        fc.constant(JSON.stringify(baseBody)).chain((s) => fc.nat(s.length - 1).map((n) => s.slice(0, n))),
      )
      .filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      });
    const targets = [
      `${QOD}/sessions`,
      `${QOD}/retrieve-sessions`,
      `${QOD}/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6/extend`,
      `${PROFILES}/retrieve-qos-profiles`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), notJson, async (path, text) => {
        const reply = await send("POST", path, json, text);
        expect(reply.status).toBe(400);
      }),
      { numRuns: 800, seed: SEED },
    );
  });

  it("bad headers: correlators, credentials, content types, huge values", async () => {
    const badCorrelator = fc.oneof(
      fc
        .string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(..."abc !\"#$%&'()*+,=?@[]^`|~\u00e9\u00ff") })
        .filter((s) => !/^[\w\-:;./<>{}]*$/.test(s)),
      fc.integer({ min: 257, max: 5000 }).map((n) => "c".repeat(n)),
    );
    const header = fc.oneof(
      badCorrelator.map((v) => ({ ...json, "x-correlator": v })),
      fc
        .string({ maxLength: 60, unit: fc.constantFrom(..."Bearer basic xyz123.-_=") })
        .map((v) => ({ ...json, authorization: v })),
      hugeString.map((v) => ({ ...json, authorization: `Bearer ${v}` })),
      fc.constant({ "content-type": "application/json" }),
      fc
        .constantFrom("text/plain", "application/xml", "application/jsonx", "multipart/form-data", "")
        .map((t) => ({ ...json, "content-type": t })),
    );
    await fc.assert(
      fc.asyncProperty(header, async (headers) => {
        const reply = await send(
          "POST",
          `${QOD}/sessions`,
          headers,
          JSON.stringify(sessionBody({ devicePorts: { ports: [6000] } })),
        );
        expect(reply.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 1000, seed: SEED },
    );
  });

  it("path parameters that are not session ids or profile names", async () => {
    const segment = fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), hugeString, fc.uuid()).map(encodeURIComponent);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("GET", "DELETE", "EXTEND", "PROFILE"), segment, async (kind, id) => {
        const reply =
          kind === "EXTEND"
            ? await send("POST", `${QOD}/sessions/${id}/extend`, json, '{"requestedAdditionalDuration":1}')
            : kind === "PROFILE"
              ? await send("GET", `${PROFILES}/qos-profiles/${id}`, json)
              : await send(kind, `${QOD}/sessions/${id}`, json);
        if (kind !== "PROFILE") expect(reply.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 800, seed: SEED },
    );
  });

  it("malformed bodies for extend, retrieve-sessions, retrieve-qos-profiles and the control API", async () => {
    const targets = [
      ["POST", `${QOD}/retrieve-sessions`, "/components/schemas/RetrieveSessionsInput", "qod"],
      ["POST", `${PROFILES}/retrieve-qos-profiles`, "/components/schemas/QosProfileDeviceRequest", "profiles"],
      ["POST", `${CONTROL}/tokens`, undefined, undefined],
      ["POST", `${CONTROL}/devices`, undefined, undefined],
      ["PUT", `${CONTROL}/profiles/QOS_FUZZ`, undefined, undefined],
      ["POST", `${CONTROL}/limits`, undefined, undefined],
      ["POST", `${CONTROL}/clock/advance`, undefined, undefined],
    ] as const;
    const body = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({ device: wrongValue }),
      fc.record({ device: fc.record({ phoneNumber: wrongValue, ipv4Address: wrongValue }, { requiredKeys: [] }) }),
      fc.record({ name: wrongValue, status: wrongValue }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), body, async ([method, path, schema, spec], value) => {
        const reply = await send(method, path, json, JSON.stringify(value) ?? "null");
        if (schema && spec && contract[spec].validate(schema, value).length > 0)
          expect(reply.status).toBeGreaterThanOrEqual(400);
        // A limit the fuzzer managed to set must not throttle the rest of the run.
        if (path.endsWith("/limits") && reply.status < 300) await send("DELETE", `${CONTROL}/limits`, json);
      }),
      { numRuns: 900, seed: SEED },
    );
  });

  afterAll(() => {
    // Visible in the test output, so a reader sees how much was actually sent.
    console.info(
      `fuzz: ${tally.requests} requests, ${tally.clientErrors} answered 4xx, ${tally.created} accidental valid creations`,
    );
  });

  it("sent at least 5,000 malformed requests", () => {
    expect(tally.clientErrors).toBeGreaterThanOrEqual(5000);
  });

  it("leaves the state consistent: every session readable, listed by device, valid SessionInfo", async () => {
    const snapshot = sandbox.state.snapshot();
    expect(snapshot.sessions).toHaveLength(tally.created);
    expect(sandbox.state.sessionCount).toBe(tally.created);
    for (const session of snapshot.sessions) {
      const { clientId: _c, deviceId: _d, ...info } = session;
      expect(contract.qod.validate("/components/schemas/SessionInfo", info), JSON.stringify(info)).toEqual([]);
      const read = await send("GET", `${QOD}/sessions/${session.sessionId}`, json);
      expect(read.status).toBe(200);
    }
    const listed = await send(
      "POST",
      `${QOD}/retrieve-sessions`,
      json,
      JSON.stringify({ device: { phoneNumber: PHONE } }),
    );
    const onDevice1 = snapshot.sessions.filter((s) => s.deviceId === "device-1").map((s) => s.sessionId);
    expect(JSON.parse(listed.text).map((s: { sessionId: string }) => s.sessionId)).toEqual(onDevice1);
    // And it still works normally.
    const fresh = await send(
      "POST",
      `${QOD}/sessions`,
      json,
      JSON.stringify(
        sessionBody({ device: { phoneNumber: "+36721601234569" }, applicationServer: { ipv4Address: "203.0.113.77" } }),
      ),
    );
    expect(fresh.status).toBe(201);
  });
});
