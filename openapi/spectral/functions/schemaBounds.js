// Bounds CAMARA's design guide asks for, so providers can size storage and reject abuse:
// strings need maxLength (or a pattern, format, enum or const that bounds them), integers
// minimum and maximum, arrays maxItems.
const stringBounds = ["maxLength", "pattern", "format", "enum", "const"];

export default function schemaBounds(schema) {
  if (!schema || typeof schema !== "object") return [];
  const types = [schema.type].flat();
  if (types.includes("string") && !stringBounds.some((key) => schema[key] !== undefined)) {
    return [{ message: "string schema needs maxLength (or a pattern, format or enum that bounds it)" }];
  }
  if (types.includes("integer") && (schema.minimum === undefined || schema.maximum === undefined)) {
    return [{ message: "integer schema needs minimum and maximum" }];
  }
  if (types.includes("array") && schema.maxItems === undefined) {
    return [{ message: "array schema needs maxItems" }];
  }
  return [];
}
