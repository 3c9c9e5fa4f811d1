import { qosProfilesDocuments, qosProvisioningDocuments, qualityOnDemandDocuments } from "@qod/api-client/specs";
import AjvModule, { type Ajv as AjvInstance, type ErrorObject, type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";

export type { ErrorObject, ValidateFunction };

// ajv and ajv-formats are CommonJS; under NodeNext their callable export sits on `.default`.
const AjvClass = AjvModule.default;
const addFormats = formatsModule.default;

// Named from ajv's own declarations, not from `.default`: the published types then read the same
// under `moduleResolution: nodenext` and `bundler`.
export type Ajv = AjvInstance;

/** Schema ids under which the stable (1.1.0) contracts are registered: `qod#/components/schemas/...`. */
export const QOD = "qod";
export const PROFILES = "profiles";
/** The release-candidate contracts (CAMARA r4.1), registered with request bodies made strict. */
export const QOD_RC3 = "qod-1.2.0-rc.3";
export const PROFILES_RC3 = "profiles-1.2.0-rc.3";
export const PROVISIONING = "provisioning-0.4.0-rc.1";

export type DocumentId = typeof QOD | typeof PROFILES | typeof QOD_RC3 | typeof PROFILES_RC3 | typeof PROVISIONING;

type Json = Record<string, unknown>;

/**
 * CAMARA r4 refuses unknown properties at any level of a request body. The contract states
 * this in prose (Commonalities), so every object schema with listed properties gets
 * `additionalProperties: false` here; a schema that says otherwise keeps its own rule.
 */
export function strictSchemas<T>(node: T): T {
  if (Array.isArray(node)) return node.map(strictSchemas) as T;
  if (node === null || typeof node !== "object") return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node as Json)) copy[key] = strictSchemas(value);
  if (copy.type === "object" && typeof copy.properties === "object" && !("additionalProperties" in copy))
    copy.additionalProperties = false;
  return copy as T;
}

function strictDocument(document: object): Json {
  const doc = document as Json;
  const components = doc.components as Json;
  return { ...doc, components: { ...components, schemas: strictSchemas(components.schemas) } };
}

/**
 * One ajv instance holding every contract version, so request schemas are the contract's own.
 * OpenAPI 3.0 adds a few keywords (example, discriminator, x-*) that ajv is told to ignore.
 * ajv's pass over the generated code (dropping unused names) took a third of compiling
 * CreateSession and made validation no faster, so it is off: a CLI call compiles on every run.
 */
export function createAjv(): Ajv {
  const ajv = new AjvClass({
    strict: false,
    allErrors: false,
    validateSchema: false,
    discriminator: false,
    code: { optimize: false },
  });
  addFormats(ajv);
  ajv.addSchema({ ...qualityOnDemandDocuments["1.1.0"], $id: QOD });
  ajv.addSchema({ ...qosProfilesDocuments["1.1.0"], $id: PROFILES });
  ajv.addSchema({ ...strictDocument(qualityOnDemandDocuments["1.2.0-rc.3"]), $id: QOD_RC3 });
  ajv.addSchema({ ...strictDocument(qosProfilesDocuments["1.2.0-rc.3"]), $id: PROFILES_RC3 });
  ajv.addSchema({ ...strictDocument(qosProvisioningDocuments["0.4.0-rc.1"]), $id: PROVISIONING });
  return ajv;
}

let shared: Ajv | undefined;

/**
 * The process's one ajv instance. Compiled validators are pure, so sandboxes in one process
 * (tests, a daemon hosting several) share them and pay the compile cost once.
 */
export function sharedAjv(): Ajv {
  shared ??= createAjv();
  return shared;
}
