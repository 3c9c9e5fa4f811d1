// A large generated spec (many paths, shared schemas with allOf, oneOf and nested $refs) and
// a changed copy of it, to time the diff on something far bigger than our contracts.

/** @param {number} paths @param {number} schemas */
export function largeSpec(paths, schemas) {
  const components = { schemas: {} };
  for (let s = 0; s < schemas; s++) {
    const properties = {};
    for (let p = 0; p < 20; p++)
      properties[`field${p}`] = { type: "string", maxLength: 64, description: `Field ${p}.` };
    properties.count = { type: "integer", minimum: 0, maximum: 1000 };
    properties.kind = { type: "string", enum: ["A", "B", "C"] };
    properties.next = { $ref: `#/components/schemas/Schema${(s + 1) % schemas}` };
    properties.items = {
      type: "array",
      maxItems: 10,
      items: { $ref: `#/components/schemas/Schema${(s + 7) % schemas}` },
    };
    components.schemas[`Schema${s}`] = {
      allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", required: ["field0"], properties }],
    };
  }
  components.schemas.Base = { type: "object", properties: { id: { type: "string", format: "uuid" } } };
  components.schemas.Either = {
    oneOf: [{ $ref: "#/components/schemas/Schema0" }, { $ref: "#/components/schemas/Schema1" }],
  };
  const pathItems = {};
  for (let p = 0; p < paths; p++) {
    const schema = { $ref: `#/components/schemas/Schema${p % schemas}` };
    const body = { content: { "application/json": { schema } } };
    pathItems[`/things${p}/{id}`] = {
      get: {
        operationId: `getThing${p}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { 200: { description: "OK.", ...body }, 404: { description: "No." } },
      },
      post: {
        operationId: `postThing${p}`,
        requestBody: { required: true, ...body },
        responses: {
          201: {
            description: "Created.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Either" } } },
          },
        },
      },
    };
  }
  return { openapi: "3.0.3", info: { title: "Large", version: "1.0.0" }, paths: pathItems, components };
}

/** The same spec with one change in every tenth schema. */
export function changedCopy(spec) {
  const copy = structuredClone(spec);
  Object.entries(copy.components.schemas).forEach(([name, schema], i) => {
    if (i % 10 || !schema.allOf) return;
    const own = schema.allOf[1].properties;
    own.kind.enum = ["A", "B"];
    own.field1.maxLength = 32;
    own.added = { type: "string", maxLength: 8 };
    if (name.endsWith("0")) delete own.field2;
  });
  return copy;
}
