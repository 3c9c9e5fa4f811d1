// Typed clients pointed at the run's Prism mocks, with the headers a real caller sends and the
// coverage recorder. Test files build their clients here so every response is recorded.
import { randomUUID } from "node:crypto";
import {
  type Client,
  createQodClient,
  createQosProfilesClient,
  createQosProvisioningClient,
  type Middleware,
  type QodPathsByVersion,
  type QodVersion,
  type QosProfilesPathsByVersion,
  type QosProfilesVersion,
  type QosProvisioningPaths,
} from "@qod/api-client";
import type { SpecName } from "@qod/openapi/validator";
import { inject } from "vitest";
import { recordingMiddleware } from "../../src/coverage-record.mjs";
import { contractOf } from "./contract.js";

/** A stand-in access token; Prism checks only that a bearer token is present. */
const TEST_TOKEN = "contract-test-token";

/** Adds the bearer token and a fresh `x-correlator` to every request. */
export function callerHeaders(): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${TEST_TOKEN}`);
      request.headers.set("x-correlator", `contract-${randomUUID()}`);
      return request;
    },
  };
}

/** Options of the client factories below. */
export interface ContractClientOptions {
  /** Send the bearer token and correlator; off only to test what the mock does without them. @default true */
  authenticated?: boolean;
}

/** The mock URL and middleware (caller headers, coverage recorder) for one spec version. */
function wiring(spec: SpecName, options: ContractClientOptions) {
  const extra = options.authenticated === false ? [] : [callerHeaders()];
  const recorder = recordingMiddleware({
    dir: inject("contractRecordDir"),
    spec,
    document: contractOf(spec).document,
  });
  return { baseUrl: inject("mockUrls")[spec], middleware: [...extra, recorder] };
}

/** The spec name of a QoD version: `qod` for the stable 1.1.0, `qod@<version>` otherwise. */
export function qodSpec(version: QodVersion): SpecName {
  return version === "1.1.0" ? "qod" : (`qod@${version}` as SpecName);
}

/** The spec name of a QoS Profiles version. */
export function profilesSpec(version: QosProfilesVersion): SpecName {
  return version === "1.1.0" ? "profiles" : (`profiles@${version}` as SpecName);
}

/** A QoD client of one version on that version's mock. */
export function qodClient<V extends QodVersion = "1.1.0">(
  version: V = "1.1.0" as V,
  options: ContractClientOptions = {},
): Client<QodPathsByVersion[V]> {
  return createQodClient<V>({ apiVersion: version, ...wiring(qodSpec(version), options) });
}

/** A QoS Profiles client of one version on that version's mock. */
export function profilesClient<V extends QosProfilesVersion = "1.1.0">(
  version: V = "1.1.0" as V,
  options: ContractClientOptions = {},
): Client<QosProfilesPathsByVersion[V]> {
  return createQosProfilesClient<V>({ apiVersion: version, ...wiring(profilesSpec(version), options) });
}

/** A QoS Provisioning client on its mock. */
export function provisioningClient(options: ContractClientOptions = {}): Client<QosProvisioningPaths> {
  return createQosProvisioningClient(wiring("provisioning@0.4.0-rc.1", options));
}
