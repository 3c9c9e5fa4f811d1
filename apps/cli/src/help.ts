import type { Command } from "commander";

/** Adds an "Examples" section to a command's help; every command has at least one. */
export function examples(command: Command, ...lines: string[]): Command {
  return command.addHelpText("after", `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`);
}
