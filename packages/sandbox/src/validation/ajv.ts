import { qosProfilesDocument, qualityOnDemandDocument } from "@qod/api-client/specs";
import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";

export type { ErrorObject, ValidateFunction };

// ajv and ajv-formats are CommonJS; under NodeNext their callable export sits on `.default`.
const AjvClass = AjvModule.default;
const addFormats = formatsModule.default;

export type Ajv = InstanceType<typeof AjvClass>;

/** Schema ids under which the two contracts are registered: `qod#/components/schemas/...`. */
export const QOD = "qod";
export const PROFILES = "profiles";

/**
 * One ajv instance holding both contracts, so request schemas are the contract's own.
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
  ajv.addSchema({ ...qualityOnDemandDocument, $id: QOD });
  ajv.addSchema({ ...qosProfilesDocument, $id: PROFILES });
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
