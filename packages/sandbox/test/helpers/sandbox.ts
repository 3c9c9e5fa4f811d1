import {
  type Client,
  createQodClient,
  createQosProfilesClient,
  type QodPaths,
  type QosProfilesPaths,
} from "@qod/api-client";
import { createSpecValidator, loadSpec } from "@qod/openapi/validator";
import { expect } from "vitest";
import { createSandbox, DEV_TOKEN, type Sandbox, type SandboxOptions } from "../../src/index.js";

/** Sandbox time at the start of every test. */
export const START = "2026-11-21T10:00:00Z";
export const QOD = "/quality-on-demand/v1";
export const PROFILES = "/qos-profiles/v1";
export const CONTROL = "/sandbox/v1";
export const PHONE = "+36721601234567";
/** Seed device 2 (the restricted profile's device), 4 (NaC identifiers) and 5 (ineligible). */
export const SECOND_PHONE = "+36721601234568";
export const NAC_PHONE = "+36721601234570";
export const INELIGIBLE_PHONE = "+36721601234599";

export const contract = {
  qod: createSpecValidator(loadSpec("qod")),
  profiles: createSpecValidator(loadSpec("profiles")),
};

export function newSandbox(options: SandboxOptions = {}): Sandbox {
  return createSandbox({ logger: false, ...options, clock: { start: START, ...options.clock } });
}

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

export interface CallOptions {
  /** JSON body; use `raw` for bytes that are not JSON. */
  body?: unknown;
  raw?: string;
  /** Bearer token; null sends no Authorization header. @default the development token */
  token?: string | null;
  /** x-correlator; null sends none. @default a fresh one */
  correlator?: string | null;
  headers?: Record<string, string>;
}

let counter = 0;

/** One request through the sandbox's in-process fetch. */
export async function call(sandbox: Sandbox, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? DEV_TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const correlator = options.correlator === undefined ? `test-${++counter}` : options.correlator;
  if (correlator !== null) headers["x-correlator"] = correlator;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await sandbox.fetch(`http://sandbox.test${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  if (correlator !== null && /^[\w\-:;./<>{}]{0,256}$/.test(correlator))
    expect(response.headers.get("x-correlator"), `${method} ${path} echoes x-correlator`).toBe(correlator);
  if (text !== "") expect(response.headers.get("content-type")).toBe("application/json");
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text), headers: response.headers };
}

/** Asserts an error reply: status, code, the `{status, code, message}` body. */
export function expectError(reply: Reply, status: number, code: string, message?: RegExp): void {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body).toEqual({ status, code, message: expect.any(String) });
  if (message) expect(reply.body.message).toMatch(message);
}

export function expectSessionInfo(body: unknown): void {
  expect(contract.qod.validate("/components/schemas/SessionInfo", body)).toEqual([]);
}

/** A valid createSession body for the tutorial device. */
export function sessionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    device: { phoneNumber: PHONE },
    applicationServer: { ipv4Address: "233.252.0.2" },
    qosProfile: "QOS_L",
    duration: 3600,
    ...overrides,
  };
}

export async function createSession(sandbox: Sandbox, overrides: Record<string, unknown> = {}, token?: string) {
  const reply = await call(sandbox, "POST", `${QOD}/sessions`, {
    body: sessionBody(overrides),
    ...(token ? { token } : {}),
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { sessionId: string } & Record<string, any>;
}

export async function mintToken(sandbox: Sandbox, body: Record<string, unknown> = {}): Promise<string> {
  const reply = await call(sandbox, "POST", `${CONTROL}/tokens`, { body });
  expect(reply.status).toBe(201);
  return reply.body.accessToken as string;
}

/** The typed clients of @qod/api-client, wired to the sandbox in-process. */
export function apiClients(
  sandbox: Sandbox,
  token: string = DEV_TOKEN,
): { qod: Client<QodPaths>; profiles: Client<QosProfilesPaths> } {
  const headers = { authorization: `Bearer ${token}` };
  return {
    qod: createQodClient({ baseUrl: `http://sandbox.test${QOD}`, fetch: sandbox.fetch, headers }),
    profiles: createQosProfilesClient({ baseUrl: `http://sandbox.test${PROFILES}`, fetch: sandbox.fetch, headers }),
  };
}
