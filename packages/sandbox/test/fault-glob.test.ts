import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileGlob,
  MAX_GLOB_LENGTH,
  MAX_MATCHED_PATH_LENGTH,
  type MatchMeter,
  matchGlob,
} from "../src/control/glob.js";
import { CONTROL, call, expectError, newSandbox, PROFILES } from "./helpers/sandbox.js";

// The regex the injector used before: right on small inputs, exponential on hostile ones.
function reference(glob: string, text: string): boolean {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}$`).test(text);
}

function steps(glob: string, text: string): { matched: boolean; steps: number } {
  const meter: MatchMeter = { steps: 0 };
  return { matched: matchGlob(compileGlob(glob), text, meter), steps: meter.steps };
}

describe("fault path globs", () => {
  it("agrees with the anchored regex on 3,000 random globs and paths", () => {
    const glob = fc.string({ unit: fc.constantFrom("a", "b", "/", "*", "."), maxLength: 12 });
    const text = fc.string({ unit: fc.constantFrom("a", "b", "/", "."), maxLength: 16 });
    fc.assert(
      fc.property(glob, text, (g, t) => matchGlob(compileGlob(g), t) === reference(g, t)),
      { seed: 20261121, numRuns: 3000 },
    );
  });

  it("matches the usual shapes", () => {
    const m = (g: string, t: string) => matchGlob(compileGlob(g), t);
    expect(m("/sessions/*", "/sessions/3fa85f64")).toBe(true);
    expect(m("/sessions/*", "/sessions")).toBe(false);
    expect(m("/sessions/*/extend", "/sessions/x/extend")).toBe(true);
    expect(m("/sessions/*/extend", "/sessions/x/extended")).toBe(false);
    expect(m("*", "")).toBe(true);
    expect(m("/a*a", "/a")).toBe(false); // the first and last piece may not share a character
    expect(m("/x", "/x")).toBe(true);
  });

  it("takes linear steps on the glob and path that made the regex backtrack for 70 s", () => {
    const glob = `/${"*a".repeat(10)}*b`; // 23 characters
    const path = `/${"a".repeat(39)}`; // 40 characters, no b: every split fails
    expect(glob).toHaveLength(23);
    const result = steps(glob, path);
    expect(result.matched).toBe(false);
    expect(result.steps).toBeLessThanOrEqual(2 * (glob.length + path.length));
  });

  it("stays linear at the largest glob and path it accepts", () => {
    const glob = `/${"*ab".repeat((MAX_GLOB_LENGTH - 3) / 3)}*c`.slice(0, MAX_GLOB_LENGTH);
    const path = `/${"ab".repeat(MAX_MATCHED_PATH_LENGTH)}`.slice(0, MAX_MATCHED_PATH_LENGTH);
    const result = steps(glob, path);
    expect(result.matched).toBe(false);
    expect(result.steps).toBeLessThanOrEqual(2 * (glob.length + path.length));
  });

  it("injects a fault with a hostile glob and answers the next requests at once", async () => {
    const sandbox = newSandbox();
    const hostile = `/${"*a".repeat(10)}*b`;
    expect((await call(sandbox, "POST", `${CONTROL}/faults`, { body: { path: hostile, status: 503 } })).status).toBe(
      201,
    );
    // Not matched (no trailing b): answered normally.
    expect(
      (await call(sandbox, "GET", `${PROFILES}/qos-profiles/${"QOS_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}`)).status,
    ).toBe(404);
    const matching = `${PROFILES}/qos-profiles/${"a".repeat(30)}b`;
    expectError(await call(sandbox, "GET", matching), 503, "UNAVAILABLE");
  });

  it("refuses globs longer than the bound or with spaces and control characters, naming path", async () => {
    const sandbox = newSandbox();
    const long = `/${"x".repeat(MAX_GLOB_LENGTH)}`;
    expectError(
      await call(sandbox, "POST", `${CONTROL}/faults`, { body: { path: long, status: 500 } }),
      400,
      "INVALID_ARGUMENT",
      /^path: must NOT have more than 256 characters/,
    );
    for (const path of ["/a b", "/a\u0000b", "/é"])
      expectError(
        await call(sandbox, "POST", `${CONTROL}/faults`, { body: { path, status: 500 } }),
        400,
        "INVALID_ARGUMENT",
        /^path: /,
      );
  });

  it("never matches a glob against a path beyond the bound; path-less faults still apply", async () => {
    const sandbox = newSandbox();
    await call(sandbox, "POST", `${CONTROL}/faults`, { body: { path: "/*", status: 500 } });
    const longPath = `${PROFILES}/qos-profiles/${"A".repeat(MAX_MATCHED_PATH_LENGTH)}`;
    expectError(await call(sandbox, "GET", longPath), 400, "INVALID_ARGUMENT");
    expectError(await call(sandbox, "GET", `${PROFILES}/qos-profiles/QOS_L`), 500, "INTERNAL");
  });
});
