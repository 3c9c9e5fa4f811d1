// A response schema (after $ref resolution) must require status (integer), code and
// message (strings): either itself or through one of its allOf members.
const expected = { status: "integer", code: "string", message: "string" };

function isErrorInfo(schema) {
  if (!schema || typeof schema !== "object") return false;
  const required = schema.required ?? [];
  return Object.entries(expected).every(
    ([name, type]) => required.includes(name) && schema.properties?.[name]?.type === type,
  );
}

export default function errorInfoBody(schema) {
  if (isErrorInfo(schema) || (schema?.allOf ?? []).some(isErrorInfo)) return [];
  return [{ message: "error responses must use the ErrorInfo body: {status: integer, code: string, message: string}" }];
}
