import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeHome, qod } from "./support.js";

// Beyond loopback `qod sandbox start` applies the sandbox's admin token rule before touching anything.
const { dir, env } = makeHome();

describe("qod sandbox start beyond loopback", () => {
  it.each([
    ["unset", undefined, /QOD_SANDBOX_ADMIN_TOKEN: is required/],
    ["too short", "short-token", /QOD_SANDBOX_ADMIN_TOKEN: must be at least 32 characters long \(it has 11\)/],
    ["with a space", `${"a".repeat(20)} ${"b".repeat(20)}`, /QOD_SANDBOX_ADMIN_TOKEN: must not contain whitespace/],
  ])("refuses a token that is %s with exit 2, saying how to make one", async (_, token, message) => {
    const state = join(dir, `state-${Math.random().toString(36).slice(2)}.json`);
    const result = await qod(
      ["sandbox", "start", "--host", "0.0.0.0", "--port", "0", "--state", state],
      token === undefined ? env : { ...env, QOD_SANDBOX_ADMIN_TOKEN: token },
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("openssl rand -hex 32");
    if (token) expect(result.stderr).not.toContain(token);
    expect(existsSync(state)).toBe(false);
  });
});
