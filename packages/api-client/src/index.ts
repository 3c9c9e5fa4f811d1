import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import type { components as QosProfilesComponents, paths as QosProfilesPaths } from "./generated/qos-profiles.js";
import type { components as QodComponents, paths as QodPaths } from "./generated/quality-on-demand.js";

export type { KnownQosProfile } from "./generated/catalogue.js";
export { knownQosProfiles } from "./generated/catalogue.js";
export type { operations as QosProfilesOperations } from "./generated/qos-profiles.js";
export type { operations as QodOperations } from "./generated/quality-on-demand.js";
export type { Client, ClientOptions, Middleware, QodComponents, QodPaths, QosProfilesComponents, QosProfilesPaths };

/** Every schema of the QoD contract, by name. */
export type QodSchemas = QodComponents["schemas"];
/** Every schema of the QoS Profiles contract, by name. */
export type QosProfilesSchemas = QosProfilesComponents["schemas"];

/** Options of the generated clients: openapi-fetch's, plus middleware applied in order. */
export interface ApiClientOptions extends ClientOptions {
  /** Runs on every request and response, e.g. to add auth headers and an `x-correlator`. */
  middleware?: Middleware[];
}

function withMiddleware<C extends Client<never>>(client: C, middleware: Middleware[] = []): C {
  for (const m of middleware) client.use(m);
  return client;
}

/** A typed client for the Quality on Demand API; `baseUrl` ends in `/quality-on-demand/v1`. */
export function createQodClient(options: ApiClientOptions = {}): Client<QodPaths> {
  const { middleware, ...clientOptions } = options;
  return withMiddleware(createClient<QodPaths>(clientOptions), middleware);
}

/** A typed client for the QoS Profiles API; `baseUrl` ends in `/qos-profiles/v1`. */
export function createQosProfilesClient(options: ApiClientOptions = {}): Client<QosProfilesPaths> {
  const { middleware, ...clientOptions } = options;
  return withMiddleware(createClient<QosProfilesPaths>(clientOptions), middleware);
}
