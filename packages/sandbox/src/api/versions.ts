// The API versions the sandbox serves at once, all over one state. Each row names its base
// path, the contract documents its requests are validated against and the shape it answers in.

import { R3_DOCUMENTS, R4_DOCUMENTS, type ValidatorDocuments } from "../validation/request-validators.js";
import { fromNetworkAsCode, type NacBody } from "./nac-dialect.js";

/** How a QoD version writes a session: 1.1.0 has one server address per family, 1.2 may list several. */
export type SessionShape = "1.1.0" | "1.2.0";

export interface QodVersion {
  readonly version: string;
  readonly base: string;
  readonly documents: ValidatorDocuments;
  readonly shape: SessionShape;
  /** retrieve-sessions answers at most this many sessions (QoD 1.2: 100). */
  readonly maxListed?: number;
  /** PRIVATE_KEY_JWT sink credentials exist in this version. */
  readonly privateKeyJwt: boolean;
  /** Rewrites a request body of a non-CAMARA dialect into the version's own form first. */
  readonly dialect?: (body: NacBody) => unknown;
}

export interface ProfilesVersion {
  readonly version: string;
  readonly base: string;
  readonly documents: ValidatorDocuments;
}

export const QOD_VERSIONS: readonly QodVersion[] = [
  { version: "1.1.0", base: "/quality-on-demand/v1", documents: R3_DOCUMENTS, shape: "1.1.0", privateKeyJwt: false },
  {
    version: "1.2.0-rc.3",
    base: "/quality-on-demand/v1rc3",
    documents: R4_DOCUMENTS,
    shape: "1.2.0",
    maxListed: 100,
    privateKeyJwt: true,
  },
  // Nokia's Network as Code gateway: CAMARA 1.x routes and answers, its own request dialect.
  {
    version: "nac-v0",
    base: "/qod/v0",
    documents: R3_DOCUMENTS,
    shape: "1.1.0",
    privateKeyJwt: false,
    dialect: fromNetworkAsCode,
  },
];

export const PROFILES_VERSIONS: readonly ProfilesVersion[] = [
  { version: "1.1.0", base: "/qos-profiles/v1", documents: R3_DOCUMENTS },
  { version: "1.2.0-rc.3", base: "/qos-profiles/v1rc3", documents: R4_DOCUMENTS },
];

export const PROVISIONING_VERSION = { version: "0.4.0-rc.1", base: "/qos-provisioning/v0.4rc1" } as const;
