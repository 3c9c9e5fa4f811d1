import type { Command } from "commander";

/** An option as completion scripts need it. */
export interface OptionSpec {
  /** `--profile`, `-y`… every spelling. */
  names: string[];
  description: string;
  /** Whether a value follows the flag. */
  takesValue: boolean;
  /** Values to offer for it, when known. */
  values: string[];
}

/** One command of the tree, by its path from the root (`""`, `"sessions"`, `"sessions create"`). */
export interface CommandSpec {
  path: string;
  subcommands: { name: string; description: string }[];
  /** Its own options plus every ancestor's (the global ones). */
  options: OptionSpec[];
  /** Values to offer for its first argument, when known. */
  argumentValues: string[];
}

/** Values offered for some flags and arguments, keyed by `--flag` or `path <arg>`. */
export type KnownValues = Record<string, string[]>;

/** Walks the commander tree into plain data the generators turn into shell code. */
export function describeTree(root: Command, known: KnownValues): CommandSpec[] {
  const specs: CommandSpec[] = [];
  const visit = (command: Command, path: string, inherited: OptionSpec[]) => {
    const own = command.options
      .filter((o) => !o.hidden)
      .map((o) => {
        const names = [o.long, o.short].filter((n): n is string => n !== undefined);
        return {
          names,
          description: o.description,
          takesValue: o.required || o.optional,
          values: known[o.long ?? ""] ?? [],
        };
      });
    // The command's own flags first: they are what the user most likely wants.
    const options = [
      ...own,
      ...inherited,
      { names: ["--help", "-h"], description: "show help", takesValue: false, values: [] },
    ];
    const subcommands = command.commands.map((c) => ({ name: c.name(), description: c.summary() || c.description() }));
    const firstArg = command.registeredArguments[0]?.name();
    specs.push({ path, subcommands, options, argumentValues: firstArg ? (known[`${path} <${firstArg}>`] ?? []) : [] });
    for (const sub of command.commands) visit(sub, path ? `${path} ${sub.name()}` : sub.name(), [...inherited, ...own]);
  };
  visit(root, "", []);
  return specs;
}

/** Single-quotes a word for POSIX shells and fish. */
export function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
