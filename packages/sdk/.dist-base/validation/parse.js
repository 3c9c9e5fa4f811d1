import { ValidationError } from "../errors/validation-error.js";

// Field names people bring from other QoD SDKs, and what this SDK calls them.
const RENAMED = {
  qosProfile: "profile",
  notificationUrl: "sink",
  notificationAuthToken: "sinkCredential",
  applicationServer: "serviceIpv4 / serviceIpv6",
  applicationServerPorts: "servicePorts",
};
/** `device.ipv4Address`, `servicePorts.ranges[0]`... */
export function formatPath(root, path) {
  let out = root;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
// zod/mini ships no message locale; these cover the issues that carry no message of ours.
function describe(issue) {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${article(issue.expected)}`;
    case "unrecognized_keys":
      return issue.keys
        .map((k) => (RENAMED[k] ? `unknown field '${k}' (this SDK calls it ${RENAMED[k]})` : `unknown field '${k}'`))
        .join("; ");
    case "too_small":
      return issue.origin === "array" ? `must list at least ${issue.minimum}` : `must be at least ${issue.minimum}`;
    case "too_big":
      return issue.origin === "array" ? `must list at most ${issue.maximum}` : `must be at most ${issue.maximum}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "has the wrong shape";
    default:
      return "is not valid";
  }
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
/** Turns zod issues into `{path, message}` pairs, with `root` before every path. */
export function toIssues(error, root = "") {
  return error.issues.map((issue) => ({ path: formatPath(root, issue.path), message: describe(issue) }));
}
/**
 * Checks a value with one of the SDK's input schemas and returns the parsed (normalised) value,
 * or throws a ValidationError listing every problem. The CLI and the daemon use this for their
 * own input.
 */
export function parseInput(schema, value, options = {}) {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(toIssues(result.error, options.path));
}
/** Like parseInput, but returns the problems (an empty list when the value is valid). */
export function inputIssues(schema, value, options = {}) {
  const result = schema.safeParse(value);
  return result.success ? [] : toIssues(result.error, options.path);
}
//# sourceMappingURL=parse.js.map
