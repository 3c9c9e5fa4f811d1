// spec:check in throw-away repositories: CAMARA's version rules, the server URL version and
// the changeset bump, against the merge base with main (or the fallbacks when there is none).
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { type Doc, loadFixture, writeSide } from "./review-helpers.js";

const script = new URL("../scripts/spec-check.mjs", import.meta.url).pathname;

function repository() {
  const repo = writeSide({
    "openapi/quality-on-demand.yaml": loadFixture("camara/quality-on-demand.yaml"),
    "openapi/CAMARA_common.yaml": loadFixture("camara/CAMARA_common.yaml"),
    ".changeset/README.md": "Changesets.\n",
  });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
      cwd: repo,
      encoding: "utf8",
    });
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-qm", "base");
  git("checkout", "-q", "-b", "feature");
  const check = (...args: string[]) =>
    spawnSync(process.execPath, [script, "--dir", join(repo, "openapi"), ...args], { encoding: "utf8" });
  const edit = (change: (spec: Doc, common: Doc) => void) => {
    const spec = loadFixture("camara/quality-on-demand.yaml");
    const common = loadFixture("camara/CAMARA_common.yaml");
    change(spec, common);
    writeFileSync(join(repo, "openapi/quality-on-demand.yaml"), stringify(spec));
    writeFileSync(join(repo, "openapi/CAMARA_common.yaml"), stringify(common));
  };
  const changeset = (level: string) =>
    writeFileSync(
      join(repo, ".changeset/contract.md"),
      `---\n"@qod/api-client": ${level}\n---\n\nThe contract changed.\n`,
    );
  return { repo, git, check, edit, changeset };
}

const narrow = (_spec: Doc, common: Doc) => {
  common.components.schemas.SinkCredential.properties.credentialType.enum = ["ACCESSTOKEN"];
};
const bumpTo = (version: string, urlVersion: string) => (spec: Doc, common: Doc) => {
  narrow(spec, common);
  spec.info.version = version;
  spec.servers[0].url = `{apiRoot}/quality-on-demand/${urlVersion}`;
};

describe("pnpm spec:check", () => {
  it("passes when nothing changed since main (CI on a clone of main)", () => {
    const { git, check } = repository();
    git("checkout", "-q", "main");
    const result = check();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("against the merge base with main");
    expect(result.stdout).toContain("ok (0 change(s), 0 breaking");
  });

  it("fails a breaking change without a major version, naming the version the rules need", () => {
    const { check, edit, changeset } = repository();
    edit(narrow);
    changeset("major");
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "quality-on-demand.yaml: 1 breaking change(s), but info.version 1.1.0 → 1.1.0: a breaking change needs a major version (2.0.0 or a pre-release of it)",
    );
    expect(result.stderr).toContain("the server URL still ends in another version than v1");
  });

  it("fails a major version whose server URL still says v1", () => {
    const { check, edit, changeset } = repository();
    edit(bumpTo("2.0.0", "v1"));
    changeset("major");
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain("needs a major version");
    expect(result.stderr).toContain("the server URL still ends in another version than v2 (info.version 2.0.0)");
  });

  it("fails when the changeset bump of @qod/api-client is lower than the change", () => {
    const { check, edit, changeset } = repository();
    edit(bumpTo("2.0.0-rc.1", "v2rc1"));
    changeset("minor");
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'the contract change needs a "major" changeset for @qod/api-client; the changesets since',
    );
    expect(result.stderr).toContain('give "minor"');
  });

  it("passes a breaking change with the next major (as a release candidate), its URL version and a major changeset", () => {
    const { check, edit, changeset } = repository();
    edit(bumpTo("2.0.0-rc.1", "v2rc1"));
    changeset("major");
    const result = check();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("2 breaking; @qod/api-client bump needed: major, given: major");
    expect(result.stdout).toContain("BREAKING enum-value-removed: SinkCredential.credentialType");
  });

  it("asks a non-breaking change for a minor changeset", () => {
    const { check, edit } = repository();
    edit((_s, common) => {
      common.components.schemas.Device.properties.ipAddresses = {
        type: "array",
        maxItems: 2,
        items: { type: "string", format: "ipv4" },
      };
    });
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('needs a "minor" changeset for @qod/api-client; the changesets since');
    expect(result.stderr).toContain("give none");
  });

  it("falls back to HEAD~1 without a main branch, and skips with a message when there is no parent", () => {
    const { git, check } = repository();
    git("commit", "-q", "--allow-empty", "-m", "second");
    git("branch", "-q", "-m", "main", "trunk");
    const single = check();
    expect(single.status).toBe(0);
    expect(single.stdout).toContain("no main branch here: comparing with HEAD~1");
    const fresh = writeSide({
      "openapi/quality-on-demand.yaml": loadFixture("camara/quality-on-demand.yaml"),
      "openapi/CAMARA_common.yaml": loadFixture("camara/CAMARA_common.yaml"),
    });
    execFileSync("git", ["init", "-q", "-b", "trunk"], { cwd: fresh });
    execFileSync(
      "git",
      ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "only"],
      { cwd: fresh },
    );
    const skipped = spawnSync(process.execPath, [script, "--dir", join(fresh, "openapi")], { encoding: "utf8" });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain("no main branch here and no parent commit: nothing to compare, skipped");
  });
});
