// spec:diff as a reviewer runs it: a real subprocess, its exit code and its three formats.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { fixture, loadFixture, writeSide } from "./review-helpers.js";

const script = new URL("../scripts/spec-diff.mjs", import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env: { ...process.env, INIT_CWD: "" } });

const narrowed = () => {
  const dir = writeSide({
    "quality-on-demand.yaml": loadFixture("camara/quality-on-demand.yaml"),
    "CAMARA_common.yaml": loadFixture("camara/CAMARA_common.yaml"),
  });
  const common = loadFixture("camara/CAMARA_common.yaml");
  common.components.schemas.SinkCredential.properties.credentialType.enum = ["ACCESSTOKEN"];
  writeFileSync(join(dir, "CAMARA_common.yaml"), stringify(common));
  return join(dir, "quality-on-demand.yaml");
};
const base = fixture("camara/quality-on-demand.yaml");

describe("pnpm spec:diff --base --head", () => {
  it("exits 0 when nothing is breaking", () => {
    const result = run("--base", base, "--head", base);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("No changes on the wire.");
  });

  it("exits 1 on a breaking change and names the field, the values and the operation", () => {
    const result = run("--base", base, "--head", narrowed());
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'BREAKING enum-value-removed: SinkCredential.credentialType: "PLAIN", "REFRESHTOKEN", "PRIVATE_KEY_JWT" removed [POST /sessions]',
    );
    expect(result.stdout).toContain(
      "CAMARA_common.yaml#/components/schemas/SinkCredential/properties/credentialType/enum",
    );
  });

  it("prints the json shape", () => {
    const result = run("--base", base, "--head", narrowed(), "--format", "json");
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["base", "head", "specs", "changes", "breaking"]);
    expect(json.breaking).toBe(1);
    expect(Object.keys(json.changes[0])).toEqual([
      "kind",
      "severity",
      "pointer",
      "operations",
      "before",
      "after",
      "message",
      "spec",
    ]);
    expect(json.changes[0]).toMatchObject({
      kind: "enum-value-removed",
      severity: "breaking",
      operations: ["POST /sessions"],
    });
  });

  it("writes a PR comment: summary table, breaking first, then the CHANGELOG draft", () => {
    const markdown = run("--base", base, "--head", narrowed(), "--format", "markdown").stdout;
    const at = (text: string) => markdown.indexOf(text);
    expect(at("| spec | versions | breaking | review | non-breaking |")).toBeGreaterThan(0);
    expect(at("| **breaking** | SinkCredential")).toBeLessThan(at("| non-breaking | SinkCredential"));
    const sections = [
      "### CHANGELOG draft",
      "**Added:**",
      "**Changed:**",
      "**Fixed:**",
      "**Removed:**",
      "**Breaking:**",
    ];
    expect(sections.map(at)).toEqual(sections.map(at).sort((a, b) => a - b));
    // The response-side twin of the narrowed request enum is not listed again under Removed.
    expect(markdown.slice(at("**Removed:**"), at("**Breaking:**"))).toBe("**Removed:**\n\n- none\n\n");
    expect(markdown.slice(at("**Breaking:**"))).toContain(
      'SinkCredential.credentialType: "PLAIN", "REFRESHTOKEN", "PRIVATE_KEY_JWT" removed',
    );
  });

  it("exits 2 naming the file when a document is missing, unparsable or a $ref points nowhere", () => {
    const missing = run("--base", base, "--head", "/nonexistent/spec.yaml");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read /nonexistent/spec.yaml");
    const dir = writeSide({
      "broken.yaml": "openapi: 3.0.3\npaths: [\n",
      "dangling.yaml": {
        openapi: "3.0.3",
        info: { title: "x", version: "1.0.0" },
        paths: { "/a": { get: { responses: { "200": { $ref: "other.yaml#/nope" } } } } },
      },
    });
    const broken = run("--base", base, "--head", join(dir, "broken.yaml"));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("broken.yaml (");
    expect(broken.stderr).toContain("is not valid YAML");
    const dangling = run("--base", join(dir, "dangling.yaml"), "--head", join(dir, "dangling.yaml"));
    expect(dangling.status).toBe(2);
    expect(dangling.stderr).toContain("other.yaml");
  });

  it("exits 2 on a bad format or a ref that does not exist", () => {
    expect(run("--format", "html").status).toBe(2);
    const result = run("no-such-ref-anywhere");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("'no-such-ref-anywhere' is not a git commit");
  });
});

describe("pnpm spec:diff REF in a repository", () => {
  it("reads the base at the ref, shared files too, so a change made only in the common file is found", () => {
    const repo = writeSide({
      "openapi/quality-on-demand.yaml": loadFixture("camara/quality-on-demand.yaml"),
      "openapi/CAMARA_common.yaml": loadFixture("camara/CAMARA_common.yaml"),
    });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "base");
    const common = loadFixture("camara/CAMARA_common.yaml");
    common.components.schemas.SinkCredential.properties.credentialType.enum = ["ACCESSTOKEN"];
    writeFileSync(join(repo, "openapi/CAMARA_common.yaml"), stringify(common));
    const result = run("main", "--dir", join(repo, "openapi"), "--format", "json");
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.specs.map((s: { path: string }) => s.path)).toEqual(["quality-on-demand.yaml"]);
    expect(json.changes[0]).toMatchObject({
      kind: "enum-value-removed",
      severity: "breaking",
      pointer: "CAMARA_common.yaml#/components/schemas/SinkCredential/properties/credentialType/enum",
    });
  });

  it("pairs a spec moved into a versioned layout with its copy of the same version; the next version is new", () => {
    const qod = loadFixture("camara/quality-on-demand.yaml");
    const repo = writeSide({
      "openapi/quality-on-demand.yaml": qod,
      "openapi/CAMARA_common.yaml": loadFixture("camara/CAMARA_common.yaml"),
    });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "flat layout");
    mkdirSync(join(repo, "openapi/quality-on-demand"));
    git("mv", "openapi/quality-on-demand.yaml", "openapi/quality-on-demand/1.1.0.yaml");
    git("mv", "openapi/CAMARA_common.yaml", "openapi/common.yaml");
    const moved = JSON.stringify(qod).replaceAll("CAMARA_common.yaml#", "../common.yaml#");
    writeFileSync(join(repo, "openapi/quality-on-demand/1.1.0.yaml"), stringify(JSON.parse(moved)));
    const next = JSON.parse(moved);
    next.info.version = "1.2.0-rc.3";
    writeFileSync(join(repo, "openapi/quality-on-demand/1.2.0-rc.3.yaml"), stringify(next));
    const result = run("main", "--dir", join(repo, "openapi"), "--format", "json");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(
      json.specs.map((s: { path: string; status: string; basePath: string }) => [s.path, s.status, s.basePath]),
    ).toEqual([
      ["quality-on-demand/1.1.0.yaml", "moved", "quality-on-demand.yaml"],
      ["quality-on-demand/1.2.0-rc.3.yaml", "added", null],
    ]);
    expect(json.changes.map((c: { kind: string }) => c.kind)).toEqual(["spec-added"]);
  });
});
