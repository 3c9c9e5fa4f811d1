// Validates values against the contract's schemas with ajv. OpenAPI 3.0 schemas are JSON
// Schema plus a few keywords (example, discriminator, x-*), which ajv is told to accept.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { bundleSpec } from "./bundle.mjs";

/** Every version of every API in the contract, oldest first within an API. */
export const specVersions = [
  { api: "quality-on-demand", version: "1.1.0", name: "qod" },
  { api: "quality-on-demand", version: "1.2.0-rc.3", name: "qod@1.2.0-rc.3" },
  { api: "qos-profiles", version: "1.1.0", name: "profiles" },
  { api: "qos-profiles", version: "1.2.0-rc.3", name: "profiles@1.2.0-rc.3" },
  { api: "qos-provisioning", version: "0.4.0-rc.1", name: "provisioning@0.4.0-rc.1" },
].map((spec) => ({ ...spec, file: new URL(`./${spec.api}/${spec.version}.yaml`, import.meta.url) }));

/** The version file of each spec by short name; `qod` and `profiles` are the stable 1.1.0. */
export const specFiles = Object.fromEntries(specVersions.map((spec) => [spec.name, spec.file]));

/** One of the contract's documents, with the shared definitions bundled in (local `$ref`s only). */
export function loadSpec(name) {
  const file = specFiles[name];
  if (!file) throw new Error(`unknown spec "${name}": expected one of ${Object.keys(specFiles).join(", ")}`);
  return bundleSpec(file);
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
