import { Command } from "commander";
import type { CommandContext, Lazy } from "./command-context.js";
import { registerAssignments } from "./commands/assignments/index.js";
import { registerCompletion } from "./commands/completion/index.js";
import { registerConfig } from "./commands/config/index.js";
import { registerProfiles } from "./commands/profiles/index.js";
import { registerSandbox } from "./commands/sandbox/index.js";
import { registerSessions } from "./commands/sessions/index.js";
import type { GlobalOptions } from "./globals.js";
import { examples } from "./help.js";
import { Io } from "./io.js";
import { outputFormat } from "./output-format.js";
import { VERSION } from "./version.js";

/** The process around the CLI, injectable for tests. */
export interface CliEnvironment {
  /** Results. */
  stdout: NodeJS.WriteStream;
  /** Notes, progress and errors. */
  stderr: NodeJS.WriteStream;
  /** The environment variables qod reads (QOD_*, XDG_*, NO_COLOR…). */
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C or SIGTERM. */
  signal: AbortSignal;
}

/**
 * The whole command tree. Declaring it is cheap; each command's code is imported only when
 * that command runs, so `qod x --help` and completion never load the SDK or the sandbox.
 */
export function buildProgram(environment: CliEnvironment): Command {
  const program = new Command("qod");
  program
    .description(
      "Quality on Demand from the terminal: ask a mobile network to prioritise the traffic between a device and an application server.\nWith no provider configured, qod runs against the embedded local sandbox.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command...]", "show help for a command, e.g. 'qod help sessions create'")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .configureOutput({
      writeOut: (text) => environment.stdout.write(text),
      writeErr: (text) => environment.stderr.write(text),
      // A fixed width off a terminal keeps help identical in pipes, files and snapshots.
      getOutHelpWidth: () => (environment.stdout.isTTY ? (environment.stdout.columns ?? 80) : 80),
      getErrHelpWidth: () => (environment.stderr.isTTY ? (environment.stderr.columns ?? 80) : 80),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      // index.ts prints errors itself, as one line or as JSON.
      outputError: () => {},
    })
    .option("--json", "print one JSON document on stdout; notes stay on stderr (same as -o json)")
    .option("-o, --output <format>", "table (default), wide (more columns) or json")
    .option("--verbose", "log each request and response on stderr, tokens redacted")
    .option("--context <name>", "use this context instead of the current one (env QOD_CONTEXT)")
    .option("--base-url <url>", "provider API root; without one, the embedded sandbox (env QOD_BASE_URL)")
    .option("--profiles-base-url <url>", "QoS Profiles base URL if not under the API root (env QOD_PROFILES_BASE_URL)")
    .option("--auth <style>", "bearer or rapidapi (env QOD_AUTH)")
    .option("--token-file <file>", "read the token from this file (otherwise env QOD_TOKEN or the context)")
    .option("--timeout <duration>", "per-request timeout, e.g. 10s (default 30s)")
    .option("--api-version <version>", "QoD version to speak: 1.1.0 (default) or 1.2.0-rc.3 (env QOD_API_VERSION)");
  examples(
    program,
    "qod sessions create --phone +36721601234567 --service-ipv4 233.252.0.2 --profile DOWNLINK_L_UPLINK_L --duration 1h",
    "qod sessions list --phone +36721601234567",
    "qod profiles list",
  );

  const lazy: Lazy = (load) =>
    async function action(this: Command, ...args: unknown[]) {
      const command = args.pop() as Command;
      const globals = command.optsWithGlobals<GlobalOptions>();
      const format = outputFormat(globals);
      const context: CommandContext = {
        io: new Io({
          stdout: environment.stdout,
          stderr: environment.stderr,
          env: environment.env,
          json: format === "json",
          wide: format === "wide",
        }),
        globals,
        env: environment.env,
        signal: environment.signal,
        command,
      };
      const module = await load();
      await module.run(context, ...args);
    };

  registerSessions(program, lazy);
  registerAssignments(program, lazy);
  registerProfiles(program, lazy);
  registerSandbox(program, lazy);
  registerConfig(program, lazy);
  registerCompletion(program, lazy);
  return program;
}

/** Parses and runs one command line (without `node` and the script). */
export async function runCli(argv: string[], environment: CliEnvironment): Promise<void> {
  // `qod help sessions create` is `qod sessions create --help`: commander's help command
  // only looks one level down.
  const args = argv[0] === "help" && argv.length > 1 ? [...argv.slice(1), "--help"] : argv;
  await buildProgram(environment).parseAsync(args, { from: "user" });
}
