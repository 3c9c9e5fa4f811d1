import type { Command } from "commander";
import type { GlobalOptions } from "./globals.js";
import type { Io } from "./io.js";

/** What every command's `run` receives besides its own arguments and flags. */
export interface CommandContext {
  /** Where the command writes. */
  io: Io;
  /** The root command's flags (`--json`, `--base-url`…). */
  globals: GlobalOptions;
  /** The environment variables qod reads. */
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C or SIGTERM; long-running commands end cleanly on it. */
  signal: AbortSignal;
  /** The command being run (its `.parent` chain leads to the root). */
  command: Command;
}

/** A command module: loaded only when its command runs. */
export interface CommandModule {
  // biome-ignore lint/suspicious/noExplicitAny: each command declares its own argument types.
  run(context: CommandContext, ...args: any[]): Promise<void>;
}

/** Builds a command's handler from a loader, so `qod x --help` never loads `x`'s code. */
export type Lazy = (load: () => Promise<CommandModule>) => (...args: unknown[]) => Promise<void>;
