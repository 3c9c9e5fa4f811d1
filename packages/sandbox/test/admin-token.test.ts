import { describe, expect, it } from "vitest";
import { AdminTokenError, checkAdminToken } from "../src/index.js";
import { CONTROL, newSandbox } from "./helpers/sandbox.js";

const STRONG = "0123456789abcdef0123456789abcdef"; // 32 characters, as `openssl rand -hex 16` prints

describe("admin token beyond loopback", () => {
  it.each([
    ["missing", undefined, /adminToken: is required/],
    ["empty", "", /adminToken: is required/],
    ["31 characters", STRONG.slice(1), /adminToken: must be at least 32 characters long \(it has 31\)/],
    ["a space inside", `${STRONG.slice(0, 16)} ${STRONG.slice(16)}`, /adminToken: must not contain whitespace/],
    ["a trailing newline", `${STRONG}\n`, /adminToken: must not contain whitespace/],
    ["a tab", `${STRONG}\t`, /adminToken: must not contain whitespace/],
    ["non-ASCII", `${STRONG}é`, /adminToken: must not contain whitespace, control or non-ASCII/],
  ])("refuses a token that is %s, saying how to make one, and binds nothing", async (_, token, message) => {
    const sandbox = newSandbox(token === undefined ? {} : { adminToken: token });
    const attempt = sandbox.listen(0, "0.0.0.0");
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ name: "AdminTokenError", message: /openssl rand -hex 32/ });
    expect(sandbox.url).toBeUndefined();
    if (token) await expect(attempt).rejects.not.toThrow(token.trim());
  });

  it("exposes the check and its reason without the option name, for tools that take the token elsewhere", () => {
    let caught: unknown;
    try {
      checkAdminToken("short");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AdminTokenError);
    expect((caught as AdminTokenError).reason).toMatch(/^must be at least 32 characters long \(it has 5\); make one/);
    expect(() => checkAdminToken(STRONG)).not.toThrow();
  });

  it("listens beyond loopback with a 32-character token and guards the control API with it", async () => {
    const sandbox = newSandbox({ adminToken: STRONG });
    const url = (await sandbox.listen(0, "0.0.0.0")).replace("0.0.0.0", "127.0.0.1");
    try {
      expect((await fetch(`${url}${CONTROL}/clock`)).status).toBe(401);
      const ok = await fetch(`${url}${CONTROL}/clock`, { headers: { authorization: `Bearer ${STRONG}` } });
      expect(ok.status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it("does not ask for a token on loopback, where the control API needs none", async () => {
    const sandbox = newSandbox({ adminToken: "weak" });
    const url = await sandbox.listen(0, "127.0.0.1");
    try {
      expect((await fetch(`${url}${CONTROL}/clock`)).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});
