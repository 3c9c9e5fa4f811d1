import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
// Re-exported under names of their own (not aliased), so declarations using them can be emitted.
import type {
  components as QosProfilesComponents,
  operations as QosProfilesOperations,
  paths as QosProfilesPaths,
} from "./generated/qos-profiles-1.1.0.js";
import type {
  components as QosProfilesRc3Components,
  operations as QosProfilesRc3Operations,
  paths as QosProfilesRc3Paths,
} from "./generated/qos-profiles-1.2.0-rc.3.js";
import type {
  components as QosProvisioningComponents,
  operations as QosProvisioningOperations,
  paths as QosProvisioningPaths,
} from "./generated/qos-provisioning-0.4.0-rc.1.js";
import type {
  components as QodComponents,
  operations as QodOperations,
  paths as QodPaths,
} from "./generated/quality-on-demand-1.1.0.js";
import type {
  components as QodRc3Components,
  operations as QodRc3Operations,
  paths as QodRc3Paths,
} from "./generated/quality-on-demand-1.2.0-rc.3.js";

export type { KnownQosProfile } from "./generated/catalogue.js";
export { knownQosProfiles } from "./generated/catalogue.js";
export { apiVersions } from "./generated/versions.js";
export type {
  Client,
  ClientOptions,
  Middleware,
  QodComponents,
  QodOperations,
  QodPaths,
  QodRc3Components,
  QodRc3Operations,
  QodRc3Paths,
  QosProfilesComponents,
  QosProfilesOperations,
  QosProfilesPaths,
  QosProfilesRc3Components,
  QosProfilesRc3Operations,
  QosProfilesRc3Paths,
  QosProvisioningComponents,
  QosProvisioningOperations,
  QosProvisioningPaths,
};

/** The versions of each API in the contract. The first of QoD and QoS Profiles is the stable default. */
export type QodVersion = keyof QodPathsByVersion;
export type QosProfilesVersion = keyof QosProfilesPathsByVersion;
export type QosProvisioningVersion = "0.4.0-rc.1";

/** Quality on Demand, per version. */
export interface QodPathsByVersion {
  "1.1.0": QodPaths;
  "1.2.0-rc.3": QodRc3Paths;
}
export interface QodComponentsByVersion {
  "1.1.0": QodComponents;
  "1.2.0-rc.3": QodRc3Components;
}
export interface QodOperationsByVersion {
  "1.1.0": QodOperations;
  "1.2.0-rc.3": QodRc3Operations;
}
/** Every schema of a QoD version, by name: `QodSchemasByVersion["1.2.0-rc.3"]["SessionInfo"]`. */
export type QodSchemasByVersion = { [V in QodVersion]: QodComponentsByVersion[V]["schemas"] };

/** QoS Profiles, per version. */
export interface QosProfilesPathsByVersion {
  "1.1.0": QosProfilesPaths;
  "1.2.0-rc.3": QosProfilesRc3Paths;
}
export interface QosProfilesComponentsByVersion {
  "1.1.0": QosProfilesComponents;
  "1.2.0-rc.3": QosProfilesRc3Components;
}
export interface QosProfilesOperationsByVersion {
  "1.1.0": QosProfilesOperations;
  "1.2.0-rc.3": QosProfilesRc3Operations;
}
export type QosProfilesSchemasByVersion = { [V in QosProfilesVersion]: QosProfilesComponentsByVersion[V]["schemas"] };

/** Every schema of the QoD 1.1.0 contract, by name. */
export type QodSchemas = QodComponents["schemas"];
/** Every schema of the QoS Profiles 1.1.0 contract, by name. */
export type QosProfilesSchemas = QosProfilesComponents["schemas"];

/** Every schema of the QoS Provisioning contract, by name. */
export type QosProvisioningSchemas = QosProvisioningComponents["schemas"];

/** Options of the generated clients: openapi-fetch's, plus middleware applied in order. */
export interface ApiClientOptions extends ClientOptions {
  /** Runs on every request and response, e.g. to add auth headers and an `x-correlator`. */
  middleware?: Middleware[];
}

/** Client options with the API version whose types the client takes; the default is the stable 1.1.0. */
export interface VersionedClientOptions<V extends string> extends ApiClientOptions {
  /**
   * Types the client for this version. It does not change the URL: `baseUrl` must end in the
   * version's base path (`apiVersions[api][version].basePath`).
   */
  apiVersion?: V;
}

function create<Paths extends {}>(options: ApiClientOptions & { apiVersion?: string }): Client<Paths> {
  const { middleware = [], apiVersion: _typesOnly, ...clientOptions } = options;
  const client = createClient<Paths>(clientOptions);
  for (const m of middleware) client.use(m);
  return client;
}

/** A typed client for Quality on Demand; `baseUrl` ends in `/quality-on-demand/v1` (or `/v1rc3`). */
export function createQodClient<V extends QodVersion = "1.1.0">(
  options: VersionedClientOptions<V> = {},
): Client<QodPathsByVersion[V]> {
  return create<QodPathsByVersion[V]>(options);
}

/** A typed client for QoS Profiles; `baseUrl` ends in `/qos-profiles/v1` (or `/v1rc3`). */
export function createQosProfilesClient<V extends QosProfilesVersion = "1.1.0">(
  options: VersionedClientOptions<V> = {},
): Client<QosProfilesPathsByVersion[V]> {
  return create<QosProfilesPathsByVersion[V]>(options);
}

/** A typed client for QoS Provisioning; `baseUrl` ends in `/qos-provisioning/v0.4rc1`. */
export function createQosProvisioningClient(
  options: VersionedClientOptions<QosProvisioningVersion> = {},
): Client<QosProvisioningPaths> {
  return create<QosProvisioningPaths>(options);
}
