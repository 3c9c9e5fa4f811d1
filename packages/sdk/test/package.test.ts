import { existsSync, readFileSync } from "node:fs";
import { publint } from "publint";
import { describe, expect, it } from "vitest";
import * as sdk from "../src/index.js";

const pkgDir = new URL("..", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", pkgDir), "utf8"));

describe("package shape", () => {
  it("is ESM with types, an explicit exports map; dist, the sources its maps point at and the LICENSE published", () => {
    expect(pkg.type).toBe("module");
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    expect(pkg.files).toEqual(["dist", "src", "LICENSE"]);
    expect(pkg.engines).toEqual({ node: ">=20.19" });
    expect(pkg.sideEffects).toBe(false);
  });

  it("passes publint with no errors or warnings (needs the build, which turbo runs first)", async () => {
    expect(existsSync(new URL("dist/index.js", pkgDir)), "run the build first").toBe(true);
    const { messages } = await publint({ pkgDir: new URL(".", pkgDir).pathname, pack: false, strict: true });
    expect(messages.filter((m) => m.type !== "suggestion")).toEqual([]);
  });

  it("sends its real version in the User-Agent", () => {
    expect(sdk.SDK_VERSION).toBe(pkg.version);
  });
});

describe("public API", () => {
  it("exports every error class, all of them QodErrors", () => {
    const classes = [
      "QodError",
      "ValidationError",
      "ApiError",
      "BadRequestError",
      "AuthenticationError",
      "PermissionDeniedError",
      "NotFoundError",
      "ConflictError",
      "UnprocessableEntityError",
      "RateLimitError",
      "ServerError",
      "ConnectionError",
      "TimeoutError",
      "AbortError",
      "ResponseValidationError",
      "ClearSessionsError",
      "SessionEndedError",
    ] as const;
    const exported: Record<string, unknown> = { ...sdk };
    for (const name of classes) {
      const ErrorClass = exported[name] as typeof sdk.QodError;
      expect(typeof ErrorClass, name).toBe("function");
      expect(ErrorClass.prototype instanceof sdk.QodError || ErrorClass === sdk.QodError, name).toBe(true);
    }
    expect(sdk.NotFoundError.prototype).toBeInstanceOf(sdk.ApiError);
  });

  it("exports the input schemas and a parse helper that throws ValidationError", () => {
    expect(() => sdk.parseInput(sdk.durationSchema, 0, { path: "duration" })).toThrow(sdk.ValidationError);
    expect(sdk.parseInput(sdk.portsInputSchema, { ranges: [{ start: 1, end: 2 }] })).toEqual({
      ranges: [{ from: 1, to: 2 }],
    });
    expect(sdk.inputIssues(sdk.profileNameSchema, "a b")).toEqual([
      { path: "", message: expect.stringContaining("profile names") },
    ]);
    expect(sdk.parseInput(sdk.deviceInputSchema, { phoneNumber: "+36721601234567" })).toEqual({
      phoneNumber: "+36721601234567",
    });
    expect(sdk.createSessionInputSchema.safeParse({ profile: "QOS_L", serviceIpv4: "1.2.3.4" }).success).toBe(true);
  });

  it("the README documents the Network as Code URLs and hosts the preset uses", () => {
    const readme = readFileSync(new URL("README.md", pkgDir), "utf8");
    for (const env of Object.values(sdk.networkAsCodeEnvironments)) {
      expect(readme).toContain(`\`${env.apiRoot}/quality-on-demand/v1\``);
      expect(readme).toContain(`\`${env.apiRoot}/qos-profiles/v1\``);
      expect(readme).toContain(`\`${env.rapidApiHost}\``);
    }
  });
});
