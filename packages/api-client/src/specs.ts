// The contract as data, for validators. A separate entry so the client stays small.
export type { OpenApiDocument } from "./generated/documents.js";
export { qosProfilesDocument, qualityOnDemandDocument } from "./generated/documents.js";
