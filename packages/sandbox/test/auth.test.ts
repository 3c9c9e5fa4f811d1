import { describe, expect, it } from "vitest";
import { ALL_SCOPES, DEV_TOKEN } from "../src/index.js";
import {
  CONTROL,
  call,
  createSession,
  expectError,
  mintToken,
  newSandbox,
  PHONE,
  PROFILES,
  QOD,
  SECOND_PHONE,
  sessionBody,
} from "./helpers/sandbox.js";

const SESSION = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
/** Every operation with its scope and a request that is valid apart from authorisation. */
const operations = [
  { scope: "quality-on-demand:sessions:create", method: "POST", path: `${QOD}/sessions`, body: sessionBody() },
  { scope: "quality-on-demand:sessions:read", method: "GET", path: `${QOD}/sessions/${SESSION}` },
  { scope: "quality-on-demand:sessions:delete", method: "DELETE", path: `${QOD}/sessions/${SESSION}` },
  {
    scope: "quality-on-demand:sessions:update",
    method: "POST",
    path: `${QOD}/sessions/${SESSION}/extend`,
    body: { requestedAdditionalDuration: 1 },
  },
  {
    scope: "quality-on-demand:sessions:retrieve-by-device",
    method: "POST",
    path: `${QOD}/retrieve-sessions`,
    body: { device: { phoneNumber: PHONE } },
  },
  { scope: "qos-profiles:read", method: "POST", path: `${PROFILES}/retrieve-qos-profiles`, body: {} },
  { scope: "qos-profiles:read", method: "GET", path: `${PROFILES}/qos-profiles/QOS_L` },
] as const;

describe("authentication (401 UNAUTHENTICATED)", () => {
  for (const op of operations) {
    it(`${op.method} ${op.path.split("/").slice(3).join("/")}: missing, malformed, unknown and expired tokens`, async () => {
      const sandbox = newSandbox();
      const body = "body" in op ? { body: op.body } : {};
      expectError(await call(sandbox, op.method, op.path, { ...body, token: null }), 401, "UNAUTHENTICATED");
      expectError(
        await call(sandbox, op.method, op.path, { ...body, token: null, headers: { authorization: "Basic abc" } }),
        401,
        "UNAUTHENTICATED",
      );
      expectError(await call(sandbox, op.method, op.path, { ...body, token: "not-a-token" }), 401, "UNAUTHENTICATED");
      const expired = await mintToken(sandbox, { expiresIn: 0 });
      expectError(await call(sandbox, op.method, op.path, { ...body, token: expired }), 401, "UNAUTHENTICATED");
      expect(sandbox.state.sessionCount).toBe(0);
    });
  }

  it("expires a token when the sandbox clock passes its expiry", async () => {
    const sandbox = newSandbox();
    const token = await mintToken(sandbox, { expiresIn: 60 });
    expect((await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`, { token })).status).toBe(200);
    sandbox.clock.advance(60);
    expectError(await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`, { token }), 401, "UNAUTHENTICATED");
  });

  it("never repeats the token in the error", async () => {
    const sandbox = newSandbox();
    const reply = await call(sandbox, "GET", `${QOD}/sessions/${SESSION}`, { token: "secret-looking-token-123" });
    expect(JSON.stringify(reply.body)).not.toContain("secret-looking-token-123");
  });

  it("accepts the configured X-RapidAPI-Key in place of a bearer token, and no other key", async () => {
    const sandbox = newSandbox({ rapidApiKey: "nac-key" });
    const headers = {
      "x-rapidapi-key": "nac-key",
      "x-rapidapi-host": "quality-of-service-on-demand.nokia.rapidapi.com",
    };
    const created = await call(sandbox, "POST", `${QOD}/sessions`, { body: sessionBody(), token: null, headers });
    expect(created.status).toBe(201);
    expect(sandbox.state.session(created.body.sessionId)?.clientId).toBe("rapidapi");
    expectError(
      await call(sandbox, "GET", `${QOD}/sessions/${SESSION}`, { token: null, headers: { "x-rapidapi-key": "wrong" } }),
      401,
      "UNAUTHENTICATED",
    );
  });

  it("ignores X-RapidAPI-Key when no key is configured", async () => {
    const sandbox = newSandbox();
    expectError(
      await call(sandbox, "GET", `${QOD}/sessions/${SESSION}`, {
        token: null,
        headers: { "x-rapidapi-key": "anything" },
      }),
      401,
      "UNAUTHENTICATED",
    );
  });

  it("refuses the development token when it is switched off", async () => {
    const sandbox = newSandbox({ devToken: false });
    expectError(
      await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`, { token: DEV_TOKEN }),
      401,
      "UNAUTHENTICATED",
    );
    expect(sandbox.devToken).toBeUndefined();
  });
});

describe("scopes (403 PERMISSION_DENIED)", () => {
  for (const op of operations) {
    it(`${op.method} ${op.path.split("/").slice(3).join("/")} needs ${op.scope}`, async () => {
      const sandbox = newSandbox();
      const others = ALL_SCOPES.filter((s) => s !== op.scope);
      const token = await mintToken(sandbox, { scopes: others });
      const reply = await call(sandbox, op.method, op.path, { ...("body" in op ? { body: op.body } : {}), token });
      expectError(reply, 403, "PERMISSION_DENIED", new RegExp(op.scope));
      const allowed = await mintToken(sandbox, { scopes: [op.scope] });
      const ok = await call(sandbox, op.method, op.path, {
        ...("body" in op ? { body: op.body } : {}),
        token: allowed,
      });
      expect(ok.status).not.toBe(403);
      expect(ok.status).not.toBe(401);
    });
  }
});

describe("ownership (403 PERMISSION_DENIED)", () => {
  it("refuses another API client's session for get, extend and delete, and leaves it alone", async () => {
    const sandbox = newSandbox({ activationDelaySeconds: 0 });
    const owner = await mintToken(sandbox, { clientId: "owner" });
    const other = await mintToken(sandbox, { clientId: "other" });
    const { sessionId } = await createSession(sandbox, {}, owner);
    expectError(await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { token: other }), 403, "PERMISSION_DENIED");
    expectError(
      await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, {
        body: { requestedAdditionalDuration: 60 },
        token: other,
      }),
      403,
      "PERMISSION_DENIED",
    );
    expectError(
      await call(sandbox, "DELETE", `${QOD}/sessions/${sessionId}`, { token: other }),
      403,
      "PERMISSION_DENIED",
    );
    expect(sandbox.state.session(sessionId)).toMatchObject({
      duration: 3600,
      qosStatus: "AVAILABLE",
      clientId: "owner",
    });
    // Another client does not see it when listing the device's sessions.
    expect(
      (
        await call(sandbox, "POST", `${QOD}/retrieve-sessions`, {
          body: { device: { phoneNumber: PHONE } },
          token: other,
        })
      ).body,
    ).toEqual([]);
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { token: owner })).status).toBe(200);
  });

  it("refuses a 3-legged token of another device, even for the same client", async () => {
    const sandbox = newSandbox();
    const mine = await mintToken(sandbox, { device: { phoneNumber: PHONE } });
    const theirs = await mintToken(sandbox, { device: { phoneNumber: SECOND_PHONE } });
    const { sessionId } = await createSession(sandbox, { device: undefined }, mine);
    expectError(
      await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { token: theirs }),
      403,
      "PERMISSION_DENIED",
    );
    expect((await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { token: mine })).status).toBe(200);
  });
});

// Beyond loopback the admin token must have at least 32 characters.
const ADMIN_TOKEN = "admin-secret-0123456789abcdef0123456789";

describe("control API guard", () => {
  it("needs no admin token in-process or on loopback", async () => {
    const sandbox = newSandbox({ adminToken: "admin-secret" });
    expect((await call(sandbox, "GET", `${CONTROL}/clock`, { token: null })).status).toBe(200);
  });

  it("refuses to listen beyond loopback without an admin token", async () => {
    const sandbox = newSandbox();
    await expect(sandbox.listen(0, "0.0.0.0")).rejects.toThrow(/adminToken/);
  });

  it("beyond loopback: requires the admin token on the control API and refuses the development token", async () => {
    const sandbox = newSandbox({ adminToken: ADMIN_TOKEN });
    const url = await sandbox.listen(0, "0.0.0.0");
    const local = url.replace("0.0.0.0", "127.0.0.1");
    try {
      const without = await fetch(`${local}${CONTROL}/state`);
      expect(without.status).toBe(401);
      expect(await without.json()).toMatchObject({ code: "UNAUTHENTICATED" });
      const wrong = await fetch(`${local}${CONTROL}/state`, { headers: { authorization: "Bearer nope" } });
      expect(wrong.status).toBe(401);
      const admin = await fetch(`${local}${CONTROL}/state`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(admin.status).toBe(200);
      const dev = await fetch(`${local}${PROFILES}/qos-profiles/QOS_L`, {
        headers: { authorization: `Bearer ${DEV_TOKEN}` },
      });
      expect(dev.status).toBe(401);
      expect(sandbox.devToken).toBeUndefined();
      const minted = await fetch(`${local}${CONTROL}/tokens`, {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
        body: "{}",
      });
      const { accessToken } = (await minted.json()) as { accessToken: string };
      const ok = await fetch(`${local}${PROFILES}/qos-profiles/QOS_L`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(ok.status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});
