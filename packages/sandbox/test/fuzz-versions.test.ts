import { createSpecValidator, loadSpec } from "@qod/openapi/validator";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_TOKEN } from "../src/index.js";
import { contract, newSandbox, PHONE, QOD, SECOND_PHONE } from "./helpers/sandbox.js";

// The other versions' request readers under malformed input: QoD 1.2.0-rc.3 (strict bodies,
// address lists), the /qod/v0 dialect (its rewriting runs before validation) and QoS
// Provisioning. Never a 5xx; what the version's contract refuses is a 4xx; the one state stays
// readable in every version afterwards.
const sandbox = newSandbox({ activationDelaySeconds: 0, rapidApiKey: "fuzz-key" });
const RC3 = "/quality-on-demand/v1rc3";
const NAC = "/qod/v0";
const PROVISIONING = "/qos-provisioning/v0.4rc1";
const SEED = 20_261_206;
const qod12 = createSpecValidator(loadSpec("qod@1.2.0-rc.3"));
const provisioning = createSpecValidator(loadSpec("provisioning@0.4.0-rc.1"));
const created: { id: string; base: string }[] = [];
let requests = 0;

afterAll(() => sandbox.close());

async function send(path: string, body: unknown, headers: Record<string, string> = bearer) {
  const response = await sandbox.fetch(`http://sandbox.test${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  requests++;
  expect(response.status, `POST ${path} → ${text}`).toBeLessThan(500);
  const parsed = JSON.parse(text);
  if (response.status >= 400)
    expect(parsed).toEqual({ status: response.status, code: expect.any(String), message: expect.any(String) });
  return { status: response.status, body: parsed };
}

const bearer = { authorization: `Bearer ${DEV_TOKEN}` };
const wrongValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.integer({ min: 257, max: 70_000 }).map((n) => "9".repeat(n)),
  fc.constantFrom(null, 0, -1, 65536, "", "36721601234567", "1.2.3.4/40", "2001:db8::/129", "::", "http://x"),
  fc.array(fc.constantFrom("198.51.100.1", "2001:db8::1", "198.51.100.0/24", "x", 7), { maxLength: 20 }),
);

function withValue(body: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy: Record<string, any> = structuredClone(body);
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key];
  }
  node[path[path.length - 1] as string] = value;
  return copy;
}

// Each created session has its own server address, so valid creates do not all conflict.
let next = 0;
const sessionBase = () => ({
  device: { phoneNumber: next % 2 === 0 ? PHONE : SECOND_PHONE },
  applicationServer: { ipAddresses: [`198.51.${(next >> 8) & 255}.${next++ & 255}`] },
  devicePorts: { ports: [5000] },
  qosProfile: "QOS_L",
  duration: 60,
});
const sessionFields = [
  ["applicationServer", "ipAddresses"],
  ["applicationServer", "ipv4Address"],
  ["devicePorts", "ports"],
  ["devicePorts", "ranges"],
  ["device", "phoneNumber"],
  ["device", "ipv4Address", "publicPort"],
  ["sinkCredential"],
  ["sinkCredential", "credentialType"],
  ["duration"],
  ["unknown"],
] as const;

describe("fuzz: the other versions never answer 5xx", () => {
  it("QoD 1.2.0-rc.3 createSession bodies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sessionFields), wrongValue, async (path, value) => {
        const body = withValue(sessionBase(), path, value);
        const valid = qod12.validate("/components/schemas/CreateSession", body).length === 0;
        const reply = await send(`${RC3}/sessions`, body);
        if (!valid) expect(reply.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
        if (reply.status === 201) created.push({ id: reply.body.sessionId, base: RC3 });
      }),
      { numRuns: 700, seed: SEED },
    );
  });

  it("Network as Code createSession bodies (webhook, null addresses, phone numbers without +)", async () => {
    const nac = { "x-rapidapi-key": "fuzz-key" };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(["webhook"], ["webhook", "notificationUrl"], ["webhook", "notificationAuthToken"], ["device"]),
        wrongValue,
        async (path, value) => {
          const base = {
            ...sessionBase(),
            applicationServer: { ipv4Address: `203.0.113.${next & 255}`, ipv6Address: null },
          };
          const reply = await send(`${NAC}/sessions`, withValue(base, path, value), nac);
          if (reply.status === 201) created.push({ id: reply.body.sessionId, base: NAC });
        },
      ),
      { numRuns: 500, seed: SEED },
    );
  });

  it("QoS Provisioning createQosAssignment and retrieve-qos-assignment bodies", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(["device"], ["device", "phoneNumber"], ["qosProfile"], ["sink"], ["sinkCredential"], ["extra"]),
        wrongValue,
        fc.boolean(),
        async (path, value, retrieve) => {
          const body = withValue({ device: { phoneNumber: PHONE }, qosProfile: "QOS_M" }, path, value);
          const schema = retrieve ? "RetrieveAssignmentByDevice" : "CreateAssignment";
          const valid = provisioning.validate(`/components/schemas/${schema}`, body).length === 0;
          const reply = await send(`${PROVISIONING}/${retrieve ? "retrieve-qos-assignment" : "qos-assignments"}`, body);
          if (!valid) expect(reply.status).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 500, seed: SEED },
    );
    expect(requests).toBeGreaterThanOrEqual(1700);
  });

  it("leaves one state every version reads: each created session valid in 1.1.0, and in 1.2 when made there", async () => {
    expect(created.length).toBeGreaterThan(0);
    for (const { id, base } of created) {
      for (const reader of [QOD, RC3, NAC]) {
        // Sessions made on /qod/v0 belong to the RapidAPI client: read them as it.
        const headers = base === NAC ? { "x-rapidapi-key": "fuzz-key" } : bearer;
        const response = await sandbox.fetch(`http://sandbox.test${reader}/sessions/${id}`, { headers });
        expect(response.status).toBe(200);
        const info = await response.json();
        if (reader !== RC3) expect(contract.qod.validate("/components/schemas/SessionInfo", info)).toEqual([]);
        else if (base === RC3) expect(qod12.validate("/components/schemas/SessionInfo", info)).toEqual([]);
      }
    }
  });
});
