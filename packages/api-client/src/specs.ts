// The contract as data, for validators. A separate entry so the client stays small.
import { qosProfilesDocuments, qosProvisioningDocuments, qualityOnDemandDocuments } from "./generated/documents.js";

export type { OpenApiDocument } from "./generated/documents.js";
export { qosProfilesDocuments, qosProvisioningDocuments, qualityOnDemandDocuments };

/** Quality on Demand 1.1.0, the stable version. */
export const qualityOnDemandDocument = qualityOnDemandDocuments["1.1.0"];
/** QoS Profiles 1.1.0, the stable version. */
export const qosProfilesDocument = qosProfilesDocuments["1.1.0"];
/** QoS Provisioning 0.4.0-rc.1, its only version. */
export const qosProvisioningDocument = qosProvisioningDocuments["0.4.0-rc.1"];
