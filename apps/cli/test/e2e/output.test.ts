import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, makeHome, qod } from "./support.js";

const ESC = "\x1b";
const { env } = makeHome();
const { NO_COLOR: _, ...colourable } = env;
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe("colour", () => {
  it("NO_COLOR and non-TTY output carry no escape codes, results and errors alike", async () => {
    const runs = await Promise.all([
      qod(["profiles", "list"], env),
      qod(["profiles", "list"], colourable),
      qod(["sessions", "get", "42"], colourable),
      qod(["profiles", "list"], { ...colourable, NO_COLOR: "1", FORCE_COLOR: "1" }),
    ]);
    for (const r of runs) {
      expect(r.stdout + r.stderr).not.toContain(ESC);
    }
    expect(runs[1]?.stdout).toMatch(/^QOS_E +ACTIVE/m);
    expect(runs[2]?.code).toBe(2);
  });

  it("colours statuses when asked to (the control for the test above)", async () => {
    const r = await qod(["profiles", "list"], { ...colourable, FORCE_COLOR: "1" });
    expect(r.stdout).toContain(`${ESC}[32mACTIVE${ESC}[39m`);
  });

  it.skipIf(!hasScript)("on a real terminal: colour by default, none with NO_COLOR", () => {
    const onTty = (extra: NodeJS.ProcessEnv) =>
      execFileSync("script", ["-qec", `${process.execPath} ${BIN} profiles get QOS_E`, "/dev/null"], {
        env: { ...colourable, ...extra },
        encoding: "utf8",
      });
    expect(onTty({})).toContain(`${ESC}[32mACTIVE`);
    expect(onTty({ NO_COLOR: "1" })).not.toContain(ESC);
  });
});

describe("version, help, completion", () => {
  it("--version prints the package version alone", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const r = await qod(["--version"], env);
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help goes to stdout with exit 0; a group without a command shows help and exits 2", async () => {
    const [help, bare] = await Promise.all([qod(["sessions", "create", "--help"], env), qod(["sandbox"], env)]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: qod sessions create \[options\]/);
    expect(help.stdout).toContain("Examples:\n  $ qod sessions create --phone +36721601234567");
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Usage: qod sandbox/);
    expect(bare.stderr).toMatch(/error: a command is needed: see the list above\n$/);
  });

  it("completion scripts are valid for their shell", async () => {
    const [bash, zsh, fish, other] = await Promise.all([
      qod(["completion", "bash"], env),
      qod(["completion", "zsh"], env),
      qod(["completion", "fish"], env),
      qod(["completion", "tcsh"], env),
    ]);
    expect(spawnSync("bash", ["-n"], { input: bash.stdout }).status).toBe(0);
    expect(bash.stdout).toContain("complete -o default -F _qod qod");
    expect(bash.stdout).toContain("QOS_E");
    expect(zsh.stdout.startsWith("#compdef qod\n")).toBe(true);
    expect(fish.stdout).toContain("complete -c qod -f");
    expect(other.code).toBe(2);
    expect(other.stderr).toBe('error: <shell>: "tcsh" is not supported; use bash, zsh or fish\n');
  });
});
