// What QoD 1.2.0-rc.3 added that a 1.1.0 provider would refuse (or misread): checked before any
// request, so the caller learns which option needs which version.
import type { QodApiVersion } from "../client/api-urls.js";
import { ValidationError, type ValidationIssue } from "../errors/validation-error.js";

const FIX = 'needs QoD 1.2.0-rc.3: create the client with apiVersion: "1.2.0-rc.3"';

/** The parts of a create body that depend on the version. */
interface VersionedParts {
  applicationServer: { ipAddresses?: readonly string[] };
  sinkCredential?: { credentialType: string } | undefined;
}

/** Throws a ValidationError naming each option the version does not have. */
export function checkVersionFeatures(version: QodApiVersion, body: VersionedParts): void {
  if (version !== "1.1.0") return;
  const issues: ValidationIssue[] = [];
  if (body.applicationServer.ipAddresses)
    issues.push({ path: "serviceAddresses", message: `${FIX} (1.1.0 takes one serviceIpv4 and/or serviceIpv6)` });
  if (body.sinkCredential?.credentialType === "PRIVATE_KEY_JWT")
    issues.push({ path: "sinkCredential.credentialType", message: `PRIVATE_KEY_JWT ${FIX} (1.1.0 takes ACCESSTOKEN)` });
  if (issues.length > 0) throw new ValidationError(issues);
}
