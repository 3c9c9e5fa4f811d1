// One change at a time to a fixture spec: each row asserts the kind, severity, JSON pointer
// and operations of every change reported. Rows with `reverse` also run the other way round.
import { describe, expect, it } from "vitest";
import { type Doc, loadFixture, review } from "./review-helpers.js";

const P = "POST /things";
const G = "GET /things/{thingId}";
const T = "/components/schemas/Thing/properties";
type Expected = [kind: string, severity: string, pointer: string, operations: string[]];
type Row = { name: string; edit: (d: Doc) => void; changes: Expected[]; reverse?: Expected[] };

const thing = (d: Doc) => d.components.schemas.Thing;
const getThing = (d: Doc) => d.paths["/things/{thingId}"].get;

const rows: Row[] = [
  {
    name: "a path is removed",
    edit: (d) => delete d.paths["/things/{thingId}"],
    changes: [["path-removed", "breaking", "/paths/~1things~1{thingId}", []]],
    reverse: [["path-added", "non-breaking", "/paths/~1things~1{thingId}", []]],
  },
  {
    name: "an operation is added",
    edit: (d) => {
      d.paths["/things/{thingId}"].delete = {
        operationId: "deleteThing",
        responses: { "204": { description: "Gone." } },
      };
    },
    changes: [["operation-added", "non-breaking", "/paths/~1things~1{thingId}/delete", ["DELETE /things/{thingId}"]]],
    reverse: [["operation-removed", "breaking", "/paths/~1things~1{thingId}/delete", ["DELETE /things/{thingId}"]]],
  },
  {
    name: "an operationId is renamed",
    edit: (d) => {
      getThing(d).operationId = "fetchThing";
    },
    changes: [["operation-id-changed", "breaking", "/paths/~1things~1{thingId}/get/operationId", [G]]],
  },
  {
    name: "an optional query parameter is added",
    edit: (d) => getThing(d).parameters.push({ name: "lang", in: "query", schema: { type: "string", enum: ["en"] } }),
    changes: [["parameter-added", "non-breaking", "/paths/~1things~1{thingId}/get/parameters/2", [G]]],
    reverse: [["parameter-removed", "breaking", "/paths/~1things~1{thingId}/get/parameters/2", [G]]],
  },
  {
    name: "a required header is added",
    edit: (d) =>
      getThing(d).parameters.push({ name: "x-tenant", in: "header", required: true, schema: { type: "string" } }),
    changes: [["required-parameter-added", "breaking", "/paths/~1things~1{thingId}/get/parameters/2", [G]]],
  },
  {
    name: "a parameter becomes required",
    edit: (d) => {
      getThing(d).parameters[1].required = true;
    },
    changes: [["parameter-became-required", "breaking", "/paths/~1things~1{thingId}/get/parameters/1/required", [G]]],
    reverse: [
      ["parameter-became-optional", "non-breaking", "/paths/~1things~1{thingId}/get/parameters/1/required", [G]],
    ],
  },
  {
    name: "a path parameter changes type",
    edit: (d) => {
      getThing(d).parameters[0].schema = { type: "integer" };
    },
    changes: [["type-changed", "breaking", "/paths/~1things~1{thingId}/get/parameters/0/schema/type", [G]]],
  },
  {
    name: "a path parameter is renamed (same wire)",
    edit: (d) => {
      d.paths["/things/{id}"] = d.paths["/things/{thingId}"];
      delete d.paths["/things/{thingId}"];
      d.paths["/things/{id}"].get.parameters[0].name = "id";
    },
    changes: [],
  },
  {
    name: "a header pattern is narrowed",
    edit: (d) => {
      d.components.parameters.Correlator.schema.pattern = "^[a-z]+$";
    },
    changes: [["pattern-changed", "breaking", "/components/parameters/Correlator/schema/pattern", [P]]],
  },
  {
    name: "the request body becomes optional",
    edit: (d) => {
      d.paths["/things"].post.requestBody.required = false;
    },
    changes: [["request-body-became-optional", "non-breaking", "/paths/~1things/post/requestBody/required", [P]]],
    reverse: [["request-body-became-required", "breaking", "/paths/~1things/post/requestBody/required", [P]]],
  },
  {
    name: "a response media type is added",
    edit: (d) => {
      d.paths["/things"].post.responses["201"].content["application/xml"] = { schema: { type: "string" } };
    },
    changes: [["media-type-added", "review", "/paths/~1things/post/responses/201/content/application~1xml", [P]]],
    reverse: [["media-type-removed", "breaking", "/paths/~1things/post/responses/201/content/application~1xml", [P]]],
  },
  {
    name: "a success status is added",
    edit: (d) => {
      d.paths["/things"].post.responses["202"] = { description: "Accepted." };
    },
    changes: [["success-response-added", "review", "/paths/~1things/post/responses/202", [P]]],
    reverse: [["success-response-removed", "breaking", "/paths/~1things/post/responses/202", [P]]],
  },
  {
    name: "a 5xx response is removed",
    edit: (d) => delete d.paths["/things"].post.responses["500"],
    changes: [["error-response-removed", "non-breaking", "/paths/~1things/post/responses/500", [P]]],
  },
  {
    name: "a required response header is removed",
    edit: (d) => {
      d.components.headers.Correlator.required = true;
      d.components.headers.Correlator = { ...d.components.headers.Correlator };
      delete d.paths["/things"].post.responses["201"].headers;
    },
    changes: [["response-header-removed", "review", "/components/headers/Correlator", [P]]],
  },
  {
    name: "a response header becomes required",
    edit: (d) => {
      d.components.headers.Correlator.required = true;
    },
    changes: [["response-header-became-required", "non-breaking", "/components/headers/Correlator/required", [P]]],
    reverse: [["response-header-became-optional", "breaking", "/components/headers/Correlator/required", [P]]],
  },
  {
    name: "an optional property is added",
    edit: (d) => {
      thing(d).properties.color = { type: "string", maxLength: 10 };
    },
    changes: [["property-added", "non-breaking", `${T}/color`, [G, P]]],
  },
  {
    name: "a required property is added",
    edit: (d) => {
      thing(d).properties.color = { type: "string", maxLength: 10 };
      thing(d).required.push("color");
    },
    changes: [
      ["required-property-added", "breaking", `${T}/color`, [P]],
      ["required-property-added", "non-breaking", `${T}/color`, [G, P]],
    ],
  },
  {
    name: "an optional property is removed",
    edit: (d) => delete thing(d).properties.size,
    changes: [["property-removed", "breaking", `${T}/size`, [G, P]]],
  },
  {
    name: "a required property is removed",
    edit: (d) => {
      delete thing(d).properties.name;
      thing(d).required = [];
    },
    changes: [["required-property-removed", "breaking", `${T}/name`, [G, P]]],
  },
  {
    name: "a read-only property is removed (responses only)",
    edit: (d) => delete thing(d).properties.id,
    changes: [["property-removed", "breaking", `${T}/id`, [G, P]]],
  },
  {
    name: "a property becomes required",
    edit: (d) => thing(d).required.push("size"),
    changes: [
      ["property-became-required", "breaking", `${T}/size`, [P]],
      ["property-became-required", "non-breaking", `${T}/size`, [G, P]],
    ],
    reverse: [
      ["property-became-optional", "breaking", `${T}/size`, [G, P]],
      ["property-became-optional", "non-breaking", `${T}/size`, [P]],
    ],
  },
  {
    name: "an integer becomes a number",
    edit: (d) => {
      thing(d).properties.size.type = "number";
    },
    changes: [
      ["type-widened", "breaking", `${T}/size/type`, [G, P]],
      ["type-widened", "non-breaking", `${T}/size/type`, [P]],
    ],
    reverse: [
      ["type-narrowed", "breaking", `${T}/size/type`, [P]],
      ["type-narrowed", "non-breaking", `${T}/size/type`, [G, P]],
    ],
  },
  {
    name: "a format changes",
    edit: (d) => {
      thing(d).properties.created.format = "date";
    },
    changes: [["format-changed", "breaking", `${T}/created/format`, [G, P]]],
  },
  {
    name: "a format is removed",
    edit: (d) => delete thing(d).properties.sink.format,
    changes: [
      ["format-removed", "breaking", `${T}/sink/format`, [G, P]],
      ["format-removed", "non-breaking", `${T}/sink/format`, [P]],
    ],
    reverse: [
      ["format-added", "breaking", `${T}/sink/format`, [P]],
      ["format-added", "non-breaking", `${T}/sink/format`, [G, P]],
    ],
  },
  {
    name: "an integer gets format int32 (a range, like a bound)",
    edit: (d) => {
      thing(d).properties.size.format = "int32";
    },
    changes: [
      ["bound-tightened", "review", `${T}/size/format`, [P]],
      ["bound-tightened", "non-breaking", `${T}/size/format`, [G, P]],
    ],
  },
  {
    name: "a format no validator checks is added",
    edit: (d) => {
      thing(d).properties.kind.format = "code";
    },
    changes: [["format-hint-changed", "review", `${T}/kind/format`, [G, P]]],
  },
  {
    name: "a security scheme's description changes (not on the wire)",
    edit: (d) => {
      d.components.securitySchemes.openId.description = "Tokens.";
    },
    changes: [],
  },
  {
    name: "an enum value is removed",
    edit: (d) => {
      thing(d).properties.kind.enum = ["SMALL"];
    },
    changes: [
      ["enum-value-removed", "breaking", `${T}/kind/enum`, [P]],
      ["enum-value-removed", "non-breaking", `${T}/kind/enum`, [G, P]],
    ],
    reverse: [
      ["enum-value-added", "review", `${T}/kind/enum`, [G, P]],
      ["enum-value-added", "non-breaking", `${T}/kind/enum`, [P]],
    ],
  },
  {
    name: "an enum is dropped",
    edit: (d) => delete thing(d).properties.kind.enum,
    changes: [
      ["enum-removed", "review", `${T}/kind/enum`, [G, P]],
      ["enum-removed", "non-breaking", `${T}/kind/enum`, [P]],
    ],
    reverse: [
      ["enum-added", "breaking", `${T}/kind/enum`, [P]],
      ["enum-added", "non-breaking", `${T}/kind/enum`, [G, P]],
    ],
  },
  {
    name: "a pattern is removed",
    edit: (d) => delete thing(d).properties.name.pattern,
    changes: [
      ["pattern-removed", "review", `${T}/name/pattern`, [G, P]],
      ["pattern-removed", "non-breaking", `${T}/name/pattern`, [P]],
    ],
    reverse: [
      ["pattern-added", "breaking", `${T}/name/pattern`, [P]],
      ["pattern-added", "non-breaking", `${T}/name/pattern`, [G, P]],
    ],
  },
  {
    name: "a maxLength is lowered",
    edit: (d) => {
      thing(d).properties.name.maxLength = 32;
    },
    changes: [
      ["bound-tightened", "review", `${T}/name/maxLength`, [P]],
      ["bound-tightened", "non-breaking", `${T}/name/maxLength`, [G, P]],
    ],
    reverse: [
      ["bound-loosened", "review", `${T}/name/maxLength`, [G, P]],
      ["bound-loosened", "non-breaking", `${T}/name/maxLength`, [P]],
    ],
  },
  {
    name: "a minimum is raised (port 0 → 1)",
    edit: (d) => {
      thing(d).properties.size.minimum = 1;
    },
    changes: [
      ["bound-tightened", "review", `${T}/size/minimum`, [P]],
      ["bound-tightened", "non-breaking", `${T}/size/minimum`, [G, P]],
    ],
  },
  {
    name: "additional properties are allowed",
    edit: (d) => delete thing(d).properties.extras.additionalProperties,
    changes: [
      ["additional-properties-allowed", "review", `${T}/extras/additionalProperties`, [G, P]],
      ["additional-properties-allowed", "non-breaking", `${T}/extras/additionalProperties`, [P]],
    ],
    reverse: [
      ["additional-properties-restricted", "breaking", `${T}/extras/additionalProperties`, [P]],
      ["additional-properties-restricted", "non-breaking", `${T}/extras/additionalProperties`, [G, P]],
    ],
  },
  {
    name: "a value may become null",
    edit: (d) => {
      thing(d).properties.kind.nullable = true;
    },
    changes: [
      ["nullable-added", "breaking", `${T}/kind/nullable`, [G, P]],
      ["nullable-added", "non-breaking", `${T}/kind/nullable`, [P]],
    ],
  },
  {
    name: "a oneOf branch is removed",
    edit: (d) => d.components.schemas.Credential.oneOf.pop(),
    changes: [
      ["branch-removed", "breaking", "/components/schemas/Credential/oneOf/1", [P]],
      ["branch-removed", "non-breaking", "/components/schemas/Credential/oneOf/1", [G, P]],
    ],
    reverse: [
      ["branch-added", "review", "/components/schemas/Credential/oneOf/1", [G, P]],
      ["branch-added", "non-breaking", "/components/schemas/Credential/oneOf/1", [P]],
    ],
  },
  {
    name: "an error code is renamed",
    edit: (d) => {
      d.components.responses.Invalid.content["application/json"].schema.allOf[1].properties.code.enum = [
        "INVALID_ARGUMENT",
        "VALUE_OUT_OF_RANGE",
      ];
    },
    changes: [
      [
        "error-code-removed",
        "breaking",
        "/components/responses/Invalid/content/application~1json/schema/allOf/1/properties/code/enum",
        [G, P],
      ],
      [
        "error-code-added",
        "review",
        "/components/responses/Invalid/content/application~1json/schema/allOf/1/properties/code/enum",
        [G, P],
      ],
    ],
  },
  {
    name: "an event type is bumped",
    edit: (d) => {
      d.components.schemas.Event.properties.type.enum = ["org.example.things.v2.changed"];
    },
    changes: [
      ["event-type-removed", "breaking", "/components/schemas/Event/properties/type/enum", [P]],
      ["event-type-added", "review", "/components/schemas/Event/properties/type/enum", [P]],
    ],
  },
  {
    name: "a required callback field is removed",
    edit: (d) => {
      delete d.components.schemas.Event.properties.data;
    },
    changes: [["required-property-removed", "breaking", "/components/schemas/Event/properties/data", [P]]],
  },
  {
    name: "a callback is removed",
    edit: (d) => delete d.paths["/things"].post.callbacks,
    changes: [
      ["callback-removed", "breaking", "/paths/~1things/post/callbacks/events/{$request.body#~1sink}/post", [P]],
    ],
    reverse: [
      ["callback-added", "non-breaking", "/paths/~1things/post/callbacks/events/{$request.body#~1sink}/post", [P]],
    ],
  },
  {
    name: "a scope is renamed",
    edit: (d) => {
      d.security = [{ openId: ["things:get"] }];
    },
    changes: [
      ["scope-added", "breaking", "/security", [G, P]],
      ["scope-removed", "non-breaking", "/security", [G, P]],
    ],
  },
  {
    name: "a security alternative is added",
    edit: (d) => {
      d.components.securitySchemes.apiKey = { type: "apiKey", in: "header", name: "x-key" };
      d.security.push({ apiKey: [] });
    },
    changes: [
      ["security-requirement-added", "non-breaking", "/security", [G, P]],
      ["security-scheme-added", "non-breaking", "/components/securitySchemes/apiKey", []],
    ],
    reverse: [
      ["security-requirement-removed", "breaking", "/security", [G, P]],
      ["security-scheme-removed", "breaking", "/components/securitySchemes/apiKey", []],
    ],
  },
  {
    name: "a security scheme changes",
    edit: (d) => {
      d.components.securitySchemes.openId = { type: "http", scheme: "bearer" };
    },
    changes: [["security-scheme-changed", "breaking", "/components/securitySchemes/openId", []]],
  },
  {
    name: "the server URL version changes",
    edit: (d) => {
      d.servers[0].url = "{apiRoot}/things/v2";
    },
    changes: [["server-url-changed", "breaking", "/servers/0/url", []]],
  },
];

const cases = rows.flatMap((row) => [
  { name: row.name, row, swap: false, changes: row.changes },
  ...(row.reverse ? [{ name: `${row.name} (reversed)`, row, swap: true, changes: row.reverse }] : []),
]);

describe("single changes to a spec", () => {
  it("covers at least 30 changes", () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)("$name", ({ row, swap, changes }) => {
    const original = loadFixture("things.yaml");
    const edited = structuredClone(original);
    row.edit(edited);
    const [base, head] = swap ? [edited, original] : [original, edited];
    const result = review({ "spec.yaml": base }, { "spec.yaml": head });
    const found = result.changes.map((c) => [c.kind, c.severity, c.pointer, c.operations]);
    const sort = (list: unknown[][]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sort(found)).toEqual(sort(changes));
    expect(result.breaking).toBe(changes.filter((c) => c[1] === "breaking").length);
  });
});
