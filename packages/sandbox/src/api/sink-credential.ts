import type { SandboxCore } from "../core.js";
import { ApiError } from "../domain/api-error.js";
import type { SinkCredential } from "../domain/types.js";

/** A PRIVATE_KEY_JWT credential needs the `privateKeyJwtSinks` option: else 422, as CAMARA r4 defines. */
export function checkSinkCredential(core: SandboxCore, credential: SinkCredential | undefined): void {
  if (credential?.credentialType === "PRIVATE_KEY_JWT" && !core.privateKeyJwtSinks)
    throw new ApiError(
      422,
      "PRIVATE_KEY_JWT_NOT_CONFIGURED",
      "This network is not configured for PRIVATE_KEY_JWT sink credentials; use ACCESSTOKEN.",
    );
}
