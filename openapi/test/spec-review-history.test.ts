// Fixture pairs modelled on changes CAMARA made between releases, in a two-file layout
// (the spec and a shared common file): the verdict and the change that decides it.
import { describe, expect, it } from "vitest";
import { type Doc, loadFixture, review } from "./review-helpers.js";

const spec = () => loadFixture("camara/quality-on-demand.yaml");
const common = () => loadFixture("camara/CAMARA_common.yaml");
const files = (s: Doc, c: Doc) => ({ "quality-on-demand.yaml": s, "CAMARA_common.yaml": c });
const compare = (edit: (s: Doc, c: Doc) => void) => {
  const [s, c] = [spec(), common()];
  edit(s, c);
  return review(files(spec(), common()), files(s, c), "quality-on-demand.yaml");
};
const summary = (result: ReturnType<typeof review>) =>
  result.changes.map((c) => `${c.severity} ${c.kind} ${c.pointer} [${c.operations.join(", ")}]`);

describe("CAMARA-like release pairs", () => {
  it("narrowing credentialType on a request (a change made only in the common file) is breaking", () => {
    const result = compare((_s, c) => {
      c.components.schemas.SinkCredential.properties.credentialType.enum = ["ACCESSTOKEN", "PRIVATE_KEY_JWT"];
    });
    expect(result.breaking).toBe(1);
    expect(summary(result)).toEqual([
      "breaking enum-value-removed CAMARA_common.yaml#/components/schemas/SinkCredential/properties/credentialType/enum [POST /sessions]",
      "non-breaking enum-value-removed CAMARA_common.yaml#/components/schemas/SinkCredential/properties/credentialType/enum [POST /sessions]",
    ]);
    expect(result.changes[0]?.before).toEqual(["PLAIN", "ACCESSTOKEN", "REFRESHTOKEN", "PRIVATE_KEY_JWT"]);
    expect(result.changes[0]?.after).toEqual(["ACCESSTOKEN", "PRIVATE_KEY_JWT"]);
    expect(result.changes[0]?.message).toContain('"PLAIN", "REFRESHTOKEN" removed');
  });

  it("renamed error codes are breaking", () => {
    const result = compare((_s, c) => {
      c.components.responses.Generic400.content["application/json"].schema.allOf[1].properties.code.enum = [
        "INVALID_ARGUMENT",
        "OUT_OF_RANGE_VALUE",
      ];
    });
    expect(result.breaking).toBe(1);
    expect(summary(result)[0]).toBe(
      "breaking error-code-removed CAMARA_common.yaml#/components/responses/Generic400/content/application~1json/schema/allOf/1/properties/code/enum [POST /sessions]",
    );
  });

  it("an added device identifier (ipAddresses, a new optional request field) is not breaking", () => {
    const result = compare((_s, c) => {
      c.components.schemas.Device.properties.ipAddresses = {
        type: "array",
        maxItems: 4,
        items: { type: "string", format: "ipv4" },
      };
    });
    expect(result.breaking).toBe(0);
    expect(summary(result)).toEqual([
      "non-breaking property-added CAMARA_common.yaml#/components/schemas/Device/properties/ipAddresses [POST /sessions]",
    ]);
  });

  it("an added oneOf branch on a request is not breaking", () => {
    // Base: one branch; head: two. Both sides define the branch schemas.
    const [s, c, before] = [spec(), common(), common()];
    c.components.schemas.SinkCredential = {
      oneOf: [{ $ref: "#/components/schemas/Plain" }, { $ref: "#/components/schemas/Token" }],
    };
    c.components.schemas.Plain = { type: "object", properties: { credentialType: { enum: ["PLAIN"] } } };
    c.components.schemas.Token = { type: "object", properties: { credentialType: { enum: ["ACCESSTOKEN"] } } };
    Object.assign(before.components.schemas, structuredClone(c.components.schemas));
    before.components.schemas.SinkCredential.oneOf.pop();
    const grown = review(files(spec(), before), files(s, c), "quality-on-demand.yaml");
    expect(grown.breaking).toBe(0);
    expect(summary(grown)).toEqual([
      "review branch-added CAMARA_common.yaml#/components/schemas/SinkCredential/oneOf/1 [POST /sessions]",
      "non-breaking branch-added CAMARA_common.yaml#/components/schemas/SinkCredential/oneOf/1 [POST /sessions]",
    ]);
  });

  it("a schema becoming a oneOf whose branch keeps the old fields (ApplicationServer + ipAddresses) is not breaking", () => {
    const server = (d: Doc) => d.components.schemas.CreateSession.properties;
    const subnets = {
      type: "object",
      minProperties: 1,
      properties: { ipv4Address: { type: "string", format: "ipv4" }, ipv6Address: { type: "string", format: "ipv6" } },
    };
    const [before, after] = [spec(), spec()];
    server(before).applicationServer = subnets;
    server(after).applicationServer = { $ref: "#/components/schemas/ApplicationServer" };
    after.components.schemas.ApplicationServer = {
      oneOf: [{ $ref: "#/components/schemas/IpAddressList" }, { $ref: "#/components/schemas/IpAddressSubnets" }],
    };
    after.components.schemas.IpAddressSubnets = subnets;
    after.components.schemas.IpAddressList = {
      type: "object",
      required: ["ipAddresses"],
      properties: { ipAddresses: { type: "array", maxItems: 8, items: { type: "string", format: "ipv4" } } },
    };
    const result = review(files(before, common()), files(after, common()), "quality-on-demand.yaml");
    expect(result.breaking).toBe(0);
    expect(summary(result)).toContain(
      "non-breaking branch-added /components/schemas/ApplicationServer/oneOf/0 [POST /sessions]",
    );
  });

  it("bumping the event type (v1 → v2) is breaking", () => {
    const result = compare((s) => {
      s.components.schemas.CloudEvent.properties.type.enum = [
        "org.camaraproject.quality-on-demand.v2.qos-status-changed",
      ];
    });
    expect(result.breaking).toBe(1);
    expect(summary(result)[0]).toBe(
      "breaking event-type-removed /components/schemas/CloudEvent/properties/type/enum [POST /sessions]",
    );
  });

  it("CAMARA's harmless changes stay non-breaking: a new maxLength, Port minimum 0 → 1, a removed 5xx", () => {
    const result = compare((s, c) => {
      s.components.schemas.CreateSession.properties.sink.maxLength = 2048;
      c.components.schemas.Port.minimum = 1;
      delete s.paths["/sessions"].post.responses["500"];
    });
    expect(result.breaking).toBe(0);
    expect(result.changes.map((c) => c.kind).sort()).toEqual([
      "bound-tightened",
      "bound-tightened",
      "bound-tightened",
      "bound-tightened",
      "error-response-removed",
    ]);
  });

  it("moving the shared definitions back into the spec changes nothing on the wire", () => {
    const s = spec();
    const c = common();
    const text = JSON.stringify(s).replaceAll("CAMARA_common.yaml#", "#");
    const merged = JSON.parse(text);
    Object.assign(merged.components.schemas, c.components.schemas);
    merged.components.responses = c.components.responses;
    const result = review(files(s, c), { "quality-on-demand.yaml": merged }, "quality-on-demand.yaml");
    expect(result.changes).toEqual([]);
  });
});
