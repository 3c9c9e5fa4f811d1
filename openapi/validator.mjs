// Validates values against the contract's schemas with ajv. OpenAPI 3.0 schemas are JSON
// Schema plus a few keywords (example, discriminator, x-*), which ajv is told to accept.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";

export const specFiles = {
  qod: new URL("./quality-on-demand.yaml", import.meta.url),
  profiles: new URL("./qos-profiles.yaml", import.meta.url),
};

/** Parses one of the contract's documents. */
export function loadSpec(name) {
  return parse(readFileSync(specFiles[name], "utf8"));
}

/** A validator over one document: `validate(pointer, value)` → list of error strings. */
export function createSpecValidator(document) {
  const ajv = new Ajv({ strict: false, allErrors: true, discriminator: false, validateSchema: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "example" });
  ajv.addKeyword({ keyword: "x-enumDescriptions" });
  ajv.addSchema({ ...document, $id: "spec" });
  const cache = new Map();
  return {
    /** JSON pointer like `/components/schemas/SessionInfo`. Returns [] when valid. */
    validate(pointer, value) {
      let check = cache.get(pointer);
      if (!check) {
        check = ajv.compile({ $ref: `spec#${encodePointer(pointer)}` });
        cache.set(pointer, check);
      }
      if (check(value)) return [];
      return (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
    },
  };
}

/** Follows a local `$ref` (`#/a/b`) inside the document. */
export function resolveRef(document, node) {
  let current = node;
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((obj, key) => obj?.[key], document);
  }
  return current;
}

/** A JSON pointer (`/a/b`) with each segment made safe for a URI fragment. */
function encodePointer(pointer) {
  return pointer
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** Escapes one JSON-pointer segment (`/` and `~`). */
export function pointerSegment(key) {
  return String(key).replaceAll("~", "~0").replaceAll("/", "~1");
}
