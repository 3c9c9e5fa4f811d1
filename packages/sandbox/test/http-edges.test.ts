import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../src/index.js";
import { rawRequest } from "./helpers/raw-socket.js";
import { CONTROL, call, expectError, newSandbox, PHONE } from "./helpers/sandbox.js";

let served: Sandbox;
let port = 0;

beforeAll(async () => {
  served = newSandbox();
  port = Number(new URL(await served.listen(0)).port);
});

afterAll(async () => {
  await served.close();
});

const raw = (bytes: string) => rawRequest(port, bytes);

function jsonBody(reply: string): unknown {
  expect(reply.toLowerCase()).toContain("content-type: application/json");
  return JSON.parse(reply.slice(reply.indexOf("\r\n\r\n") + 4));
}

describe("requests without a Host header", () => {
  it.each([
    ["HTTP/1.0", "GET /healthz HTTP/1.0\r\n\r\n"],
    [
      "HTTP/1.0 on the QoD API",
      "GET /quality-on-demand/v1/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6 HTTP/1.0\r\n\r\n",
    ],
    ["HTTP/1.1", "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n"],
  ])("%s gets a 400 with the JSON error body", async (_, request) => {
    const reply = await raw(request);
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(jsonBody(reply)).toEqual({
      status: 400,
      code: "INVALID_ARGUMENT",
      message: "Host: the header is required.",
    });
  });

  it("HTTP/1.0 with a Host header is served", async () => {
    const reply = await raw("GET /healthz HTTP/1.0\r\nHost: sandbox\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(jsonBody(reply)).toEqual({ status: "ok" });
  });
});

describe("control API identifiers and path parameters", () => {
  it.each([
    ["a NUL", "dev\u0000ice@testcsp.net", "INVALID_ARGUMENT"],
    ["a newline", "device\n@testcsp.net", "INVALID_ARGUMENT"],
    ["257 characters", `${"d".repeat(245)}@testcsp.net`, "INVALID_ARGUMENT"],
  ])("refuses a network access identifier with %s, naming the field, and adds nothing", async (_, nai, code) => {
    const sandbox = newSandbox();
    const reply = await call(sandbox, "POST", `${CONTROL}/devices`, {
      body: { device: { networkAccessIdentifier: nai } },
    });
    expectError(reply, 400, code, /^device\.networkAccessIdentifier: /);
    expect(JSON.stringify(reply.body)).not.toContain("\u0000");
    expect(sandbox.control.devices()).toHaveLength(5);
  });

  it("takes a 256-character network access identifier", async () => {
    const sandbox = newSandbox();
    const nai = `${"d".repeat(244)}@testcsp.net`;
    expect(nai).toHaveLength(256);
    const reply = await call(sandbox, "POST", `${CONTROL}/devices`, {
      body: { device: { networkAccessIdentifier: nai } },
    });
    expect(reply.status).toBe(201);
  });

  it("checks devices the same way in tokens and profile restrictions", async () => {
    const sandbox = newSandbox();
    const bad = { networkAccessIdentifier: "a\u0000b@testcsp.net" };
    expectError(
      await call(sandbox, "POST", `${CONTROL}/tokens`, { body: { device: bad } }),
      400,
      "INVALID_ARGUMENT",
      /^device\.networkAccessIdentifier: /,
    );
    expectError(
      await call(sandbox, "PUT", `${CONTROL}/profiles/QOS_L`, {
        body: { status: "ACTIVE", restrictedTo: [{ phoneNumber: PHONE }, bad] },
      }),
      400,
      "INVALID_ARGUMENT",
      /^restrictedTo\[1\]\.networkAccessIdentifier: /,
    );
  });

  it.each([
    ["a NUL", "QOS%00L"],
    ["257 characters", "Q".repeat(257)],
  ])("refuses a profile name with %s with a 400 naming it", async (_, name) => {
    const sandbox = newSandbox();
    const reply = await call(sandbox, "PUT", `${CONTROL}/profiles/${name}`, { body: { status: "ACTIVE" } });
    expectError(reply, 400, "INVALID_ARGUMENT", /^name: /);
  });

  it.each([
    ["a NUL", "3fa85f64-5717-4562-b3fc-2c963f66afa6%00"],
    ["10,000 characters", "a".repeat(10_000)],
  ])("refuses a session id with %s with a 400 naming it", async (_, id) => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "POST", `${CONTROL}/sessions/${id}/terminate`),
      400,
      "INVALID_ARGUMENT",
      /^sessionId: must be a UUID$/,
    );
  });

  it("refuses a rate limit client id with characters a client id cannot have", async () => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "POST", `${CONTROL}/limits`, { body: { clientId: "a\u0000b", requestsPerSecond: 1 } }),
      400,
      "INVALID_ARGUMENT",
      /^clientId: /,
    );
  });
});
