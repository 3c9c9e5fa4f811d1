// The two contract documents as the tests read them: parsed once per worker, with a validator.
import { createSpecValidator, loadSpec, type OpenApiDocument, type SpecValidator } from "@qod/openapi/validator";

/** One contract document and a validator over its schemas. */
export interface Contract {
  document: OpenApiDocument;
  validator: SpecValidator;
}

function contractOf(name: "qod" | "profiles"): Contract {
  const document = loadSpec(name);
  return { document, validator: createSpecValidator(document) };
}

/** openapi/quality-on-demand.yaml */
export const qodContract: Contract = contractOf("qod");
/** openapi/qos-profiles.yaml */
export const profilesContract: Contract = contractOf("profiles");
