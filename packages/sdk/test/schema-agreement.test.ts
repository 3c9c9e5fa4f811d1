// The SDK's zod schemas against the contract's JSON Schemas (ajv), on generated values: any
// disagreement not declared in src/validation/differences.ts fails the test.
import { createSpecValidator, loadSpec } from "@qod/openapi/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  correlatorSchema,
  createSessionInputSchema,
  deviceInputSchema,
  durationSchema,
  errorInfoSchema,
  extendSecondsSchema,
  ipv4AddressSchema,
  ipv6AddressSchema,
  phoneNumberSchema,
  portSchema,
  portsInputSchema,
  profileFilterInputSchema,
  profileNameSchema,
  qosProfileListSchema,
  qosProfileSchema,
  serviceIpv4Schema,
  serviceIpv6Schema,
  sessionIdSchema,
  sessionInfoSchema,
  sessionListSchema,
  sinkCredentialInputSchema,
  sinkInputSchema,
} from "../src/index.js";
import { type SchemaDifference, schemaDifferences } from "../src/validation/differences.js";
import { disagreement, type SchemaPair } from "./support/agreement.js";
import { contractArbitrary } from "./support/contract-arbitrary.js";

const RUNS = 1000;
const qod = loadSpec("qod");
const profiles = loadSpec("profiles");
const qodValidator = createSpecValidator(qod);
const profilesValidator = createSpecValidator(profiles);

const isObject = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);

function pair(
  name: string,
  sdk: z.ZodMiniType,
  scope: "request" | "response",
  extra: Partial<SchemaPair> = {},
): SchemaPair {
  return {
    name,
    doc: qod,
    pointer: `/components/schemas/${name}`,
    validator: qodValidator,
    sdk,
    scope,
    ...extra,
  };
}

// CreateSession on the wire → what a caller passes createQodSession (the device goes to devices.get).
function createSessionInput(wire: unknown): unknown {
  if (!isObject(wire)) return wire;
  const { qosProfile, applicationServer, applicationServerPorts, device: _device, ...rest } = wire;
  const server = isObject(applicationServer) ? applicationServer : {};
  const input: Record<string, unknown> = {
    ...rest,
    profile: qosProfile,
    serviceIpv4: server.ipv4Address,
    serviceIpv6: server.ipv6Address,
    servicePorts: applicationServerPorts,
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input;
}

const pairs: SchemaPair[] = [
  pair("PhoneNumber", phoneNumberSchema, "request"),
  pair("SingleIpv4Addr", ipv4AddressSchema, "request"),
  pair("DeviceIpv6Address", ipv6AddressSchema, "request"),
  pair("Port", portSchema, "request"),
  pair("Device", deviceInputSchema, "request"),
  pair("ApplicationServerIpv4Address", serviceIpv4Schema, "request"),
  pair("ApplicationServerIpv6Address", serviceIpv6Schema, "request"),
  pair("PortsSpec", portsInputSchema, "request"),
  pair("Duration", durationSchema, "request", { pointer: "/components/schemas/Duration", name: "Duration" }),
  pair("QosProfileName", profileNameSchema, "request"),
  pair("Sink", sinkInputSchema, "request"),
  pair("SinkCredential", sinkCredentialInputSchema, "request"),
  pair("XCorrelator", correlatorSchema, "request"),
  pair("SessionId", sessionIdSchema, "request"),
  pair("ExtendSessionDuration", z.object({ requestedAdditionalDuration: extendSecondsSchema }), "request"),
  pair("CreateSession", createSessionInputSchema, "request", {
    toSdkInput: createSessionInput,
    alsoRequires: (wire) => isObject(wire) && deviceInputSchema.safeParse(wire.device).success,
    toWire: (output) => ({ device: { phoneNumber: "+36721601234567" }, ...(output as object) }),
  }),
  pair("SessionInfo", sessionInfoSchema, "response"),
  pair("RetrieveSessionsOutput", sessionListSchema, "response"),
  pair("ErrorInfo", errorInfoSchema, "response"),
  pair("QosProfileDeviceRequest", profileFilterInputSchema, "request", { doc: profiles, validator: profilesValidator }),
  pair("QosProfile", qosProfileSchema, "response", { doc: profiles, validator: profilesValidator }),
  pair("QosProfile list", qosProfileListSchema, "response", {
    doc: profiles,
    validator: profilesValidator,
    pointer: "/paths/~1retrieve-qos-profiles/post/responses/200/content/application~1json/schema",
  }),
];

// The Duration row checks the create-session cap: the cap applies at CreateSession.duration.
const durationInCreate: SchemaDifference[] = schemaDifferences.map((d) =>
  d.id === "duration-at-most-86400" ? { ...d, where: [...d.where, "Duration"] } : d,
);

function nodeFor(p: SchemaPair) {
  return { $ref: `#${p.pointer}` };
}

describe("the SDK's schemas agree with the contract, except where declared", () => {
  it.each(pairs.map((p) => [p.name, p] as const))("%s", (_name, p) => {
    const differences = p.name === "Duration" ? durationInCreate : schemaDifferences;
    let disagreements = 0;
    let contractValid = 0;
    fc.assert(
      fc.property(contractArbitrary(p.doc, nodeFor(p)), (value) => {
        if (p.validator.validate(p.pointer, value).length === 0) contractValid++;
        const problem = disagreement(p, value, differences);
        if (problem) disagreements++;
        return problem === undefined;
      }),
      { numRuns: RUNS, seed: 20261121, reporter: (out) => out.failed && expect.fail(reportOf(p, out)) },
    );
    expect(disagreements).toBe(0);
    // The generator must reach both sides of the contract, or the comparison proves little.
    expect(contractValid).toBeGreaterThan(RUNS * 0.1);
    expect(contractValid).toBeLessThan(RUNS * 0.98);
  });
});

function reportOf(p: SchemaPair, out: fc.RunDetails<[unknown]>): string {
  const value = out.counterexample?.[0];
  return `${p.name}: ${JSON.stringify(value)} → ${disagreement(p, value, schemaDifferences)}`;
}

describe("the comparison is honest", () => {
  it("catches an undeclared disagreement (a port schema that stops at 65534)", () => {
    const wrong = pair("Port", z.number().check(z.int(), z.minimum(0), z.maximum(65534)), "request");
    const result = fc.check(
      fc.property(
        contractArbitrary(qod, nodeFor(wrong)),
        (v) => disagreement(wrong, v, schemaDifferences) === undefined,
      ),
      { numRuns: RUNS, seed: 1 },
    );
    expect(result.failed).toBe(true);
    expect(result.counterexample?.[0]).toBe(65535);
  });

  it("catches an SDK schema that accepts what the contract refuses", () => {
    const loose = pair("PhoneNumber", z.string(), "response");
    expect(disagreement(loose, "+36 72", schemaDifferences)).toContain("accepts a value the contract refuses");
    const unsound = pair("PhoneNumber", z.string(), "request");
    expect(disagreement(unsound, "+36 72", schemaDifferences)).toContain("the SDK would send an invalid value");
  });

  it("does not let a difference excuse values it does not apply to", () => {
    const capped = pair("Duration", z.number().check(z.int(), z.minimum(1), z.maximum(100)), "request");
    expect(disagreement(capped, 5000, durationInCreate)).toContain("refuses a value the contract accepts");
    expect(disagreement(capped, 90_000, durationInCreate)).toBeUndefined();
  });

  it("lists each difference with a reason and a place", () => {
    for (const d of schemaDifferences) {
      expect(d.reason.length, d.id).toBeGreaterThan(20);
      expect(d.where.length, d.id).toBeGreaterThan(0);
    }
    expect(new Set(schemaDifferences.map((d) => d.id)).size).toBe(schemaDifferences.length);
  });
});
