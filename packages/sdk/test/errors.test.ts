import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  QodError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  UnprocessableEntityError,
} from "../src/index.js";
import { setup, TOKEN } from "./support/setup.js";

const phone = { phoneNumber: "+36721601234567" };
const base = { profile: "QOS_L", serviceIpv4: "233.252.0.2" };

describe("HTTP errors become typed errors with the provider's code and the correlator", () => {
  const cases: [number, string, typeof ApiError][] = [
    [400, "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE", BadRequestError],
    [401, "UNAUTHENTICATED", AuthenticationError],
    [403, "PERMISSION_DENIED", PermissionDeniedError],
    [404, "IDENTIFIER_NOT_FOUND", NotFoundError],
    [409, "CONFLICT", ConflictError],
    [422, "UNSUPPORTED_IDENTIFIER", UnprocessableEntityError],
    [429, "QUOTA_EXCEEDED", RateLimitError],
    [500, "INTERNAL", ServerError],
    [503, "UNAVAILABLE", ServerError],
    [418, "TEAPOT", ApiError],
  ];

  it.each(cases)("%i %s", async (status, code, ErrorClass) => {
    const { client, provider } = setup({ maxRetries: 0 });
    const body = { status, code, message: `provider says ${code}` };
    provider.next("createSession", { status, body, headers: { "x-correlator": "echoed-123" } });
    const error = (await client.devices
      .get(phone)
      .createQodSession(base)
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(QodError);
    expect(error.name).toBe(ErrorClass.name);
    // A 404 names the URL tried: it is the first thing to check when the base URL is wrong.
    const message = `provider says ${code}${status === 404 ? " (POST http://127.0.0.1:9/quality-on-demand/v1/sessions)" : ""}`;
    expect({ status: error.status, code: error.code, message: error.message, correlator: error.correlator }).toEqual({
      status,
      code,
      message,
      correlator: "echoed-123",
    });
    expect(error.body).toEqual(body);
    expect(String(error)).toBe(`${ErrorClass.name}: ${status} ${code}: ${message}`);
  });

  it("keeps the sent correlator when the provider does not echo one", async () => {
    const { client, provider } = setup({ correlator: () => "mine-42" });
    provider.next("getSession", {
      status: 404,
      body: { status: 404, code: "NOT_FOUND", message: "nope" },
      headers: { "x-correlator": "" },
    });
    const error = (await client.sessions
      .get("3fa85f64-5717-4562-b3fc-2c963f66afa6")
      .catch((e: unknown) => e)) as ApiError;
    expect(provider.requests[0]?.headers["x-correlator"]).toBe("mine-42");
    expect(error.correlator).toBe("mine-42");
  });

  it("429 carries retryAfter in seconds", async () => {
    const { client, provider } = setup({ maxRetries: 0 });
    provider.next("getSession", {
      status: 429,
      body: { status: 429, code: "TOO_MANY_REQUESTS", message: "Rate limit reached." },
      headers: { "retry-after": "7" },
    });
    const error = await client.sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(7);
  });

  it("a body that is not ErrorInfo still gives a typed error", async () => {
    const { client, provider } = setup({ maxRetries: 0 });
    provider.next("getSession", { status: 502, raw: "<html>Bad gateway</html>" });
    const error = (await client.sessions
      .get("3fa85f64-5717-4562-b3fc-2c963f66afa6")
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe("HTTP_502");
    expect(error.body).toBe("<html>Bad gateway</html>");
  });
});

describe("responses that break the contract", () => {
  const sessionInfo = {
    sessionId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    applicationServer: { ipv4Address: "233.252.0.2" },
    qosProfile: "QOS_L",
    duration: 3600,
    qosStatus: "AVAILABLE",
    startedAt: "2026-11-21T10:00:00Z",
    expiresAt: "2026-11-21T11:00:00Z",
  };

  it.each([
    ["a malformed timestamp", { ...sessionInfo, expiresAt: "2026-02-30T10:00:00Z" }, "expiresAt"],
    ["a timestamp without a zone", { ...sessionInfo, startedAt: "2026-11-21T10:00:00" }, "startedAt"],
    ["a missing status", { ...sessionInfo, qosStatus: undefined }, "qosStatus"],
    ["an unknown status", { ...sessionInfo, qosStatus: "ACTIVE" }, "qosStatus"],
    ["a bad id", { ...sessionInfo, sessionId: "42" }, "sessionId"],
    ["a bad port", { ...sessionInfo, devicePorts: { ports: [65536] } }, "devicePorts.ports[0]"],
  ])("%s → ResponseValidationError naming %s", async (_name, body, path) => {
    const { client, provider } = setup();
    provider.next("getSession", { status: 200, body, headers: { "x-correlator": "corr-9" } });
    const error = (await client.sessions
      .get("3fa85f64-5717-4562-b3fc-2c963f66afa6")
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues.map((i) => i.path)).toEqual([path]);
    expect(error.message).toContain(`getSession: the provider's response breaks the contract: ${path}`);
    expect([error.status, error.correlator]).toEqual([200, "corr-9"]);
  });

  it("a body that is not JSON", async () => {
    const { client, provider } = setup();
    provider.next("getSession", { status: 200, raw: "{oops" });
    const error = await client.sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).message).toContain("not valid JSON");
  });

  it("a list whose second item is broken names the item", async () => {
    const { client, provider } = setup();
    provider.next("retrieveSessionsByDevice", { status: 200, body: [sessionInfo, { ...sessionInfo, duration: 0 }] });
    const error = (await client.devices
      .get(phone)
      .sessions()
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error.issues.map((i) => i.path)).toEqual(["[1].duration"]);
  });
});

describe("tokens never leak", () => {
  it("not from an error body echoing it, nor a failing fetch, nor the client itself", async () => {
    const { client, provider } = setup({ maxRetries: 0 });
    provider.next("getSession", {
      status: 401,
      body: { status: 401, code: "UNAUTHENTICATED", message: `bad token Bearer ${TOKEN}` },
    });
    const api = await client.sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6").catch((e: unknown) => e);
    provider.next("getSession", {
      networkError: Object.assign(new TypeError("fetch failed"), {
        cause: Object.assign(new Error(`socket closed; authorization: Bearer ${TOKEN}`), { code: "ECONNRESET" }),
      }),
    });
    const connection = await client.sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6").catch((e: unknown) => e);
    expect(api).toBeInstanceOf(AuthenticationError);
    expect(connection).toBeInstanceOf(ConnectionError);
    expect((connection as Error & { cause: Error }).cause.cause).toMatchObject({ code: "ECONNRESET" });
    for (const shown of [
      String(api),
      JSON.stringify(api),
      inspect(api, { depth: 10 }),
      String(connection),
      JSON.stringify(connection),
      inspect(connection, { depth: 10 }),
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client),
      String(client),
    ]) {
      expect(shown).not.toContain(TOKEN);
    }
    expect(inspect(connection, { depth: 10 })).toContain("[redacted]");
  });
});
