import { ApiError } from "../domain/api-error.js";
import type { ErrorObject } from "./ajv.js";

const RANGE_KEYWORDS = new Set(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]);
const FORMAT_TEXT: Record<string, string> = {
  uuid: "must be a UUID",
  ipv4: "must be an IPv4 address",
  ipv6: "must be an IPv6 address",
  "date-time": "must be an RFC 3339 date-time with a time zone",
  uri: "must be an absolute URI",
  int32: "must fit in a 32-bit signed integer",
  int64: "must fit in a 64-bit signed integer",
};

/** `/devicePorts/ranges/0/from` → `devicePorts.ranges[0].from`; the root is named by `root`. */
export function fieldName(instancePath: string, root: string, child?: string): string {
  const parts = instancePath.split("/").slice(1);
  if (child !== undefined) parts.push(child);
  let name = "";
  for (const raw of parts) {
    const part = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (/^\d+$/.test(part)) name += `[${part}]`;
    else name += name === "" ? part : `.${part}`;
  }
  return name === "" ? root : name;
}

/** For an anyOf whose every branch only missed a property: the properties, one of which is needed. */
function missingAlternatives(anyOf: ErrorObject, errors: readonly ErrorObject[]): string[] | undefined {
  const branches = errors.filter((e) => e !== anyOf && e.schemaPath.startsWith(`${anyOf.schemaPath}/`));
  if (branches.length === 0 || branches.some((e) => e.keyword !== "required" || e.instancePath !== anyOf.instancePath))
    return undefined;
  return branches.map((e) => String((e.params as { missingProperty: unknown }).missingProperty));
}

function describe(error: ErrorObject, data: unknown, errors: readonly ErrorObject[]): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return "is required";
    case "type":
      return `must be ${String(params.type)}`;
    case "format":
      return FORMAT_TEXT[String(params.format)] ?? error.message ?? "has an invalid format";
    case "enum":
      return `must be one of: ${(params.allowedValues as unknown[]).join(", ")}`;
    case "pattern":
      if (error.instancePath.endsWith("/phoneNumber"))
        return typeof data === "string" && /[\s\-()]/.test(data)
          ? "must be E.164 with a leading + and digits only: no spaces, dashes or parentheses"
          : "must be E.164 with a leading +, like +36721601234567";
      return `must match ${String(params.pattern)}`;
    case "anyOf": {
      if (error.instancePath.endsWith("/ipv4Address"))
        return "needs privateAddress or publicPort next to publicAddress: a public address alone does not identify a device";
      const needed = missingAlternatives(error, errors);
      if (needed && error.instancePath.endsWith("/device")) return "must name at least one identifier";
      if (needed) return `must have ${needed.join(" or ")}`;
      return "does not match any allowed form";
    }
    case "oneOf":
      return "does not match exactly one allowed form";
    default:
      return error.message ?? "is not valid";
  }
}

/** The value an error points at, for messages that depend on it (never echoed whole). */
function valueAt(root: unknown, instancePath: string): unknown {
  let value = root;
  for (const raw of instancePath.split("/").slice(1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[raw.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return value;
}

/**
 * The one error to report. ajv stops at the first failure, but an anyOf/oneOf lists what each
 * branch missed: prefer a concrete range or shape error over "missing property" from a branch.
 */
function pick(errors: readonly ErrorObject[]): ErrorObject {
  const composite = errors.find((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  if (!composite) return errors[0] as ErrorObject;
  const concrete = errors.filter((e) => e !== composite && e.keyword !== "anyOf" && e.keyword !== "oneOf");
  return (
    concrete.find((e) => RANGE_KEYWORDS.has(e.keyword)) ??
    concrete.find((e) => e.keyword !== "required" && e.keyword !== "enum" && e.keyword !== "const") ??
    composite
  );
}

/** Turns ajv's errors into one `400` naming the field: OUT_OF_RANGE for limits, INVALID_ARGUMENT otherwise. */
export function toApiError(errors: readonly ErrorObject[], data: unknown, root: string): ApiError {
  const error = pick(errors);
  const params = error.params as Record<string, unknown>;
  const child = error.keyword === "required" ? String(params.missingProperty) : undefined;
  const field = fieldName(error.instancePath, root, child);
  const value = valueAt(data, error.instancePath);
  const outOfRange =
    RANGE_KEYWORDS.has(error.keyword) ||
    (error.keyword === "format" && typeof value === "number" && /^int(32|64)$/.test(String(params.format)));
  return new ApiError(
    400,
    outOfRange ? "OUT_OF_RANGE" : "INVALID_ARGUMENT",
    `${field}: ${describe(error, value, errors)}`,
  );
}
