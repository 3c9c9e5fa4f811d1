import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, makeHome, qod } from "./support.js";

const ESC = "\x1b";
const { env } = makeHome();
const { NO_COLOR: _, ...colourable } = env;
const hasScript = spawnSync("script", ["--version"]).status === 0;

/** Runs qod on a pseudo-terminal (80 columns) through util-linux `script`; returns what the terminal showed. */
function onTerminal(args: string[], extra: NodeJS.ProcessEnv, input = ""): string {
  const command = `stty cols 80 rows 24; ${process.execPath} ${BIN} ${args.map((a) => `'${a}'`).join(" ")}`;
  const result = spawnSync("script", ["-qec", command, "/dev/null"], {
    env: { ...colourable, ...extra },
    encoding: "utf8",
    input,
    timeout: 20_000,
  });
  return result.stdout;
}

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

  it.skipIf(!hasScript)(
    "on a real terminal: colour by default; with NO_COLOR no escape codes, spinner included",
    () => {
      const tty = onTerminal(["profiles", "get", "QOS_E"], {});
      expect(tty).toContain(`${ESC}[32mACTIVE`);
      const plain = onTerminal(
        [
          "sessions",
          "create",
          "--phone",
          "+36721601234567",
          "--service-ipv4",
          "233.252.0.77",
          "--profile",
          "QOS_E",
          "--wait",
        ],
        { NO_COLOR: "1" },
      );
      expect(plain).toMatch(/^Status +AVAILABLE\r?$/m);
      expect(plain).not.toContain(ESC);
    },
  );

  it.skipIf(!hasScript)("sessions clear asks on a terminal, and only yes deletes", () => {
    const device = ["--phone", "+36721601234568"];
    onTerminal(["sessions", "create", ...device, "--service-ipv4", "233.252.0.78", "--profile", "QOS_E"], {
      NO_COLOR: "1",
    });
    const kept = onTerminal(["sessions", "clear", ...device], { NO_COLOR: "1" }, "n\n");
    expect(kept).toContain("Delete 1 session of +36721601234568? [y/N]");
    expect(kept).toContain("cancelled; nothing was deleted");
    expect(kept).not.toContain("error:");
    const cleared = onTerminal(["sessions", "clear", ...device], { NO_COLOR: "1" }, "y\n");
    expect(cleared).toMatch(/deleted 1 session of \+36721601234568: /);
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
