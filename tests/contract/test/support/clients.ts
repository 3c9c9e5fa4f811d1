// Typed clients pointed at the run's Prism mocks, with the headers a real caller sends and the
// coverage recorder. Test files build their clients here so every response is recorded.
import { randomUUID } from "node:crypto";
import {
  type Client,
  createQodClient,
  createQosProfilesClient,
  type Middleware,
  type QodPaths,
  type QosProfilesPaths,
} from "@qod/api-client";
import { inject } from "vitest";
import { recordingMiddleware } from "../../src/coverage-record.mjs";
import { type Contract, profilesContract, qodContract } from "./contract.js";

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

function middlewareFor(contract: Contract, extra: Middleware[]): Middleware[] {
  return [...extra, recordingMiddleware({ dir: inject("contractRecordDir"), document: contract.document })];
}

/** Options of {@link qodClient} and {@link profilesClient}. */
export interface ContractClientOptions {
  /** Send the bearer token and correlator; off only to test what the mock does without them. @default true */
  authenticated?: boolean;
}

/** A QoD client on the QoD mock. */
export function qodClient(options: ContractClientOptions = {}): Client<QodPaths> {
  const extra = options.authenticated === false ? [] : [callerHeaders()];
  return createQodClient({ baseUrl: inject("qodMockUrl"), middleware: middlewareFor(qodContract, extra) });
}

/** A QoS Profiles client on the QoS Profiles mock. */
export function profilesClient(options: ContractClientOptions = {}): Client<QosProfilesPaths> {
  const extra = options.authenticated === false ? [] : [callerHeaders()];
  return createQosProfilesClient({
    baseUrl: inject("profilesMockUrl"),
    middleware: middlewareFor(profilesContract, extra),
  });
}
