import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../src/cli.js";

// Help is part of the interface: a snapshot per command makes every change to it visible in review.
function allCommands(root: Command): [string, Command][] {
  const out: [string, Command][] = [];
  const visit = (command: Command, path: string) => {
    out.push([path, command]);
    for (const sub of command.commands) visit(sub, `${path} ${sub.name()}`);
  };
  visit(root, "qod");
  return out;
}

describe("--help", () => {
  let written = "";
  const stream = {
    isTTY: false,
    write: (chunk: string) => {
      written += chunk;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const program = buildProgram({ stdout: stream, stderr: stream, env: {}, signal: new AbortController().signal });
  const commands = allCommands(program);

  it("covers every command of the tree", () => {
    expect(commands.map(([path]) => path)).toEqual([
      "qod",
      "qod sessions",
      "qod sessions create",
      "qod sessions list",
      "qod sessions get",
      "qod sessions extend",
      "qod sessions delete",
      "qod sessions clear",
      "qod sessions watch",
      "qod assignments",
      "qod assignments create",
      "qod assignments get",
      "qod assignments show",
      "qod assignments revoke",
      "qod profiles",
      "qod profiles list",
      "qod profiles get",
      "qod sandbox",
      "qod sandbox start",
      "qod sandbox reset",
      "qod sandbox clock",
      "qod sandbox clock show",
      "qod sandbox clock advance",
      "qod sandbox terminate",
      "qod sandbox devices",
      "qod sandbox devices add",
      "qod sandbox devices list",
      "qod sandbox token",
      "qod config",
      "qod config show",
      "qod config set",
      "qod config unset",
      "qod config use",
      "qod config delete-context",
      "qod completion",
    ]);
  });

  it.each(commands)("%s", (_path, command) => {
    written = "";
    command.outputHelp();
    expect(written).toMatch(/\nExamples:\n {2}\$ .*qod /);
    expect(written).toMatchSnapshot();
  });
});
