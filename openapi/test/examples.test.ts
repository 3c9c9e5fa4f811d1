import { describe, expect, it } from "vitest";
import { createSpecValidator, loadSpec, pointerSegment, resolveRef, specVersions } from "../validator.mjs";

type Node = Record<string, any>;
interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: unknown;
}

/** Follows a $ref, returning the target and its JSON pointer. */
function follow(doc: Node, node: Node, pointer: string): [Node, string] {
  if (typeof node?.$ref === "string") return [resolveRef(doc, node), node.$ref.slice(1)];
  return [node, pointer];
}

/** Every example in the document paired with the schema it must satisfy. */
function collectExamples(doc: Node): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const visitMedia = (media: Node, pointer: string) => {
    if (!media.schema) return;
    const [, schemaPointer] = follow(doc, media.schema, `${pointer}/schema`);
    if ("example" in media) cases.push({ where: `${pointer}/example`, schemaPointer, value: media.example });
    for (const [name, ref] of Object.entries<Node>(media.examples ?? {})) {
      const example = resolveRef(doc, ref);
      cases.push({ where: `${pointer}/examples/${name}`, schemaPointer, value: example.value });
    }
  };
  const visitOperation = (operation: Node, pointer: string) => {
    if (operation.requestBody) {
      const [body, bodyPointer] = follow(doc, operation.requestBody, `${pointer}/requestBody`);
      for (const [type, media] of Object.entries<Node>(body.content ?? {}))
        visitMedia(media, `${bodyPointer}/content/${pointerSegment(type)}`);
    }
    for (const [status, ref] of Object.entries<Node>(operation.responses ?? {})) {
      const [response, responsePointer] = follow(doc, ref, `${pointer}/responses/${status}`);
      for (const [type, media] of Object.entries<Node>(response.content ?? {}))
        visitMedia(media, `${responsePointer}/content/${pointerSegment(type)}`);
    }
    for (const [name, callback] of Object.entries<Node>(operation.callbacks ?? {}))
      for (const [expression, item] of Object.entries<Node>(callback))
        for (const [method, op] of Object.entries<Node>(item))
          visitOperation(op, `${pointer}/callbacks/${name}/${pointerSegment(expression)}/${method}`);
  };
  for (const [path, item] of Object.entries<Node>(doc.paths))
    for (const [method, operation] of Object.entries<Node>(item))
      visitOperation(operation, `/paths/${pointerSegment(path)}/${method}`);
  // Schema-level examples.
  for (const [name, schema] of Object.entries<Node>(doc.components.schemas))
    if ("example" in schema)
      cases.push({
        where: `/components/schemas/${name}/example`,
        schemaPointer: `/components/schemas/${name}`,
        value: schema.example,
      });
  return cases;
}

describe.each(specVersions.map((spec) => [`${spec.api} ${spec.version}`, spec] as const))(
  "examples of %s",
  (_label, spec) => {
    const doc = loadSpec(spec.name);
    const validator = createSpecValidator(doc);
    const cases = collectExamples(doc);

    it("has an example for every success response and every error code", () => {
      expect(cases.length).toBeGreaterThan(spec.api === "quality-on-demand" ? 40 : 15);
    });

    it.each(cases.map((c) => [c.where, c] as const))("%s is valid against its schema", (_where, c) => {
      expect(validator.validate(c.schemaPointer, c.value)).toEqual([]);
    });
  },
);

describe("the validator", () => {
  const validator = createSpecValidator(loadSpec("qod"));
  it("rejects a value that breaks a schema, naming the path", () => {
    const errors = validator.validate("/components/schemas/CreateSession", {
      applicationServer: { ipv4Address: "233.252.0.2" },
      qosProfile: "QOS_L",
      duration: 0,
    });
    expect(errors).toEqual(["/duration must be >= 1"]);
  });
  it("rejects a public IPv4 address alone", () => {
    const errors = validator.validate("/components/schemas/Device", { ipv4Address: { publicAddress: "233.252.0.2" } });
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe("versions side by side", () => {
  const qod11 = createSpecValidator(loadSpec("qod"));
  const qod12 = createSpecValidator(loadSpec("qod@1.2.0-rc.3"));
  const twoIdentifiers = { phoneNumber: "+36721601234567", ipv6Address: "2001:db8::1" };
  const session = (extra: object) => ({
    sessionId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    applicationServer: { ipv4Address: "233.252.0.2" },
    qosProfile: "QOS_L",
    duration: 60,
    qosStatus: "REQUESTED",
    ...extra,
  });

  it.each([
    ["1.1.0", qod11],
    ["1.2.0-rc.3", qod12],
  ])("%s answers a session's device with one identifier at most", (_version, validator) => {
    expect(validator.validate("/components/schemas/SessionInfo", session({ device: twoIdentifiers }))).not.toEqual([]);
    expect(
      validator.validate("/components/schemas/SessionInfo", session({ device: { phoneNumber: "+36721601234567" } })),
    ).toEqual([]);
  });

  it("accepts application-server address lists and PRIVATE_KEY_JWT only from 1.2.0-rc.3", () => {
    const body = {
      applicationServer: { ipAddresses: ["233.252.0.2", "2001:db8::1"] },
      qosProfile: "QOS_L",
      duration: 60,
      sinkCredential: { credentialType: "PRIVATE_KEY_JWT" },
    };
    expect(qod12.validate("/components/schemas/CreateSession", body)).toEqual([]);
    expect(qod11.validate("/components/schemas/CreateSession", body)).not.toEqual([]);
  });

  it("refuses PLAIN sink credentials and port 0 from 1.2.0-rc.3", () => {
    const body = { applicationServer: { ipv4Address: "233.252.0.2" }, qosProfile: "QOS_L", duration: 60 };
    const plain = { ...body, sinkCredential: { credentialType: "PLAIN", identifier: "a", secret: "b" } };
    const portZero = { ...body, devicePorts: { ports: [0] } };
    expect(qod11.validate("/components/schemas/CreateSession", plain)).toEqual([]);
    expect(qod12.validate("/components/schemas/CreateSession", plain)).not.toEqual([]);
    expect(qod11.validate("/components/schemas/CreateSession", portZero)).toEqual([]);
    expect(qod12.validate("/components/schemas/CreateSession", portZero)).toEqual([
      "/devicePorts/ports/0 must be >= 1",
    ]);
  });

  it.each(["profiles", "profiles@1.2.0-rc.3"] as const)("%s names a profile's country countryName", (name) => {
    const validator = createSpecValidator(loadSpec(name));
    const profile = { name: "QOS_L", status: "ACTIVE", l4sQueueType: "l4s-queue", serviceClass: "standard" };
    expect(
      validator.validate("/components/schemas/QosProfile", {
        ...profile,
        countryAvailability: [{ countryName: "HU" }],
      }),
    ).toEqual([]);
    expect(
      validator.validate("/components/schemas/QosProfile", {
        ...profile,
        countryAvailability: [{ countryCode: "HU" }],
      }),
    ).not.toEqual([]);
  });
});
