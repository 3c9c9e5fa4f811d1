// The contract documents as the tests read them: parsed once per worker, with a validator.
import {
  createSpecValidator,
  loadSpec,
  type OpenApiDocument,
  type SpecName,
  type SpecValidator,
} from "@qod/openapi/validator";

/** One contract document (one version of one API) and a validator over its schemas. */
export interface Contract {
  /** The spec name, e.g. `qod` (1.1.0) or `qod@1.2.0-rc.3`. */
  name: SpecName;
  document: OpenApiDocument;
  validator: SpecValidator;
}

const cache = new Map<SpecName, Contract>();

/** The contract of one spec version, loaded once per worker. */
export function contractOf(name: SpecName): Contract {
  let contract = cache.get(name);
  if (!contract) {
    const document = loadSpec(name);
    contract = { name, document, validator: createSpecValidator(document) };
    cache.set(name, contract);
  }
  return contract;
}

/** openapi/quality-on-demand/1.1.0.yaml */
export const qodContract: Contract = contractOf("qod");
/** openapi/qos-profiles/1.1.0.yaml */
export const profilesContract: Contract = contractOf("profiles");
