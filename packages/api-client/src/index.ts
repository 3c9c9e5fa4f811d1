import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import type * as Profiles110 from "./generated/qos-profiles-1.1.0.js";
import type * as Profiles120rc3 from "./generated/qos-profiles-1.2.0-rc.3.js";
import type * as Provisioning040rc1 from "./generated/qos-provisioning-0.4.0-rc.1.js";
import type * as Qod110 from "./generated/quality-on-demand-1.1.0.js";
import type * as Qod120rc3 from "./generated/quality-on-demand-1.2.0-rc.3.js";

export type { KnownQosProfile } from "./generated/catalogue.js";
export { knownQosProfiles } from "./generated/catalogue.js";
export { apiVersions } from "./generated/versions.js";
export type { Client, ClientOptions, Middleware };

/** The versions of each API in the contract. The first of QoD and QoS Profiles is the stable default. */
export type QodVersion = keyof QodPathsByVersion;
export type QosProfilesVersion = keyof QosProfilesPathsByVersion;
export type QosProvisioningVersion = "0.4.0-rc.1";

/** Quality on Demand, per version. */
export interface QodPathsByVersion {
  "1.1.0": Qod110.paths;
  "1.2.0-rc.3": Qod120rc3.paths;
}
export interface QodComponentsByVersion {
  "1.1.0": Qod110.components;
  "1.2.0-rc.3": Qod120rc3.components;
}
export interface QodOperationsByVersion {
  "1.1.0": Qod110.operations;
  "1.2.0-rc.3": Qod120rc3.operations;
}
/** Every schema of a QoD version, by name: `QodSchemasByVersion["1.2.0-rc.3"]["SessionInfo"]`. */
export type QodSchemasByVersion = { [V in QodVersion]: QodComponentsByVersion[V]["schemas"] };

/** QoS Profiles, per version. */
export interface QosProfilesPathsByVersion {
  "1.1.0": Profiles110.paths;
  "1.2.0-rc.3": Profiles120rc3.paths;
}
export interface QosProfilesComponentsByVersion {
  "1.1.0": Profiles110.components;
  "1.2.0-rc.3": Profiles120rc3.components;
}
export interface QosProfilesOperationsByVersion {
  "1.1.0": Profiles110.operations;
  "1.2.0-rc.3": Profiles120rc3.operations;
}
export type QosProfilesSchemasByVersion = { [V in QosProfilesVersion]: QosProfilesComponentsByVersion[V]["schemas"] };

// The stable 1.1.0 under the short names.
export type QodPaths = Qod110.paths;
export type QodComponents = Qod110.components;
export type QodOperations = Qod110.operations;
/** Every schema of the QoD 1.1.0 contract, by name. */
export type QodSchemas = QodComponents["schemas"];
export type QosProfilesPaths = Profiles110.paths;
export type QosProfilesComponents = Profiles110.components;
export type QosProfilesOperations = Profiles110.operations;
/** Every schema of the QoS Profiles 1.1.0 contract, by name. */
export type QosProfilesSchemas = QosProfilesComponents["schemas"];

// QoS Provisioning has one version.
export type QosProvisioningPaths = Provisioning040rc1.paths;
export type QosProvisioningComponents = Provisioning040rc1.components;
export type QosProvisioningOperations = Provisioning040rc1.operations;
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
