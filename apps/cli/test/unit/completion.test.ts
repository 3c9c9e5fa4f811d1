import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { bashScript } from "../../src/commands/completion/bash.js";
import { fishScript } from "../../src/commands/completion/fish.js";
import { describeTree } from "../../src/commands/completion/model.js";
import { zshScript } from "../../src/commands/completion/zsh.js";

const stream = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
const program = buildProgram({ stdout: stream, stderr: stream, env: {}, signal: new AbortController().signal });
const specs = describeTree(program, {
  "--profile": ["QOS_E", "QOS_L"],
  "completion <shell>": ["bash", "zsh", "fish"],
});

/** Runs the bash completion function as bash would for the words typed so far. */
function complete(line: string): string[] {
  const words = line.split(" ");
  const script = `${bashScript(specs)}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")})
COMP_CWORD=${words.length - 1}
_qod
printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync("bash", ["-c", script], { encoding: "utf8" }).split("\n").filter(Boolean);
}

describe("completion model", () => {
  it("lists subcommands and inherits global options", () => {
    const create = specs.find((s) => s.path === "sessions create");
    expect(create?.options.map((o) => o.names[0])).toEqual(expect.arrayContaining(["--json", "--profile", "--phone"]));
    expect(create?.options.find((o) => o.names[0] === "--profile")?.values).toEqual(["QOS_E", "QOS_L"]);
    expect(specs.find((s) => s.path === "sandbox clock")?.subcommands.map((s) => s.name)).toEqual(["show", "advance"]);
  });
});

describe("bash", () => {
  it("completes commands, subcommands, flags and flag values", () => {
    expect(complete("qod se")).toEqual(["sessions"]);
    expect(complete("qod sessions c")).toEqual(["create", "clear"]);
    expect(complete("qod --json sandbox clock a")).toEqual(["advance"]);
    expect(complete("qod sessions create --pro")).toEqual(["--profile", "--profiles-base-url"]);
    expect(complete("qod sessions create --phone +36721601234567 --profile Q")).toEqual(["QOS_E", "QOS_L"]);
    expect(complete("qod completion ")).toEqual(["bash", "zsh", "fish"]);
  });

  it("does not mistake a flag's value for a command", () => {
    expect(complete("qod --context sessions pro")).toEqual(["profiles"]);
  });
});

describe("zsh and fish", () => {
  it("carry the same tree", () => {
    const zsh = zshScript(specs);
    expect(zsh.startsWith("#compdef qod\n")).toBe(true);
    expect(zsh).toContain("'sessions create') subs=()");
    expect(zsh).toContain(
      "'--profile:QoS profile, e.g. DOWNLINK_L_UPLINK_L or QOS_E (see '\\''qod profiles list'\\''; the sandbox'\\''s QOS_TEST_* are accepted)'",
    );
    const fish = fishScript(specs);
    expect(fish).toContain(
      "complete -c qod -n '__qod_path_is '\\''sessions'\\''' -f -a 'create' -d 'ask the network to prioritise a flow'",
    );
    expect(fish).toContain("-l profile -r -f -a 'QOS_E QOS_L'");
  });
});
