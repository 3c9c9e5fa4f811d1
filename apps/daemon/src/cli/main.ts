// The CLI entry: registers the commands, runs one, and maps failures to exit codes. This is the
// only place that ends the process.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { checkConfigCommand } from "./check-config-command.js";
import { runCommand } from "./run-command.js";

const DEFAULT_CONFIG = "qodd.yaml";

// src/cli and dist/cli are both two levels below the package root.
function packageVersion(): string {
  const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

export function buildProgram(exit: (code: number) => void): Command {
  const io = { out: (l: string) => process.stdout.write(`${l}\n`), err: (l: string) => process.stderr.write(`${l}\n`) };
  const program = new Command("qodd")
    .description(
      "Keeps Quality on Demand sessions alive for many apps: declared in a YAML file or leased over HTTP, " +
        "extended before expiry, replaced when they end, journaled so a crash leaks none.",
    )
    .version(packageVersion())
    .showHelpAfterError();
  program
    .command("run", { isDefault: true })
    .description("run the daemon (the default command)")
    .option("-c, --config <file>", "config file (or set QODD_CONFIG)", process.env.QODD_CONFIG ?? DEFAULT_CONFIG)
    .addHelpText(
      "after",
      "\nSignals: SIGTERM/SIGINT stop gracefully (a second one exits at once); SIGHUP reloads the config.",
    )
    .action(async (options: { config: string }) => {
      await runCommand(options.config, io, exit);
    });
  program
    .command("check-config")
    .argument("<file>", "the config file to check")
    .description(
      "check a config file and what it points at (token sources, TLS files, state folder); exit 1 on problems",
    )
    .action(async (file: string) => {
      exit(await checkConfigCommand(file, io));
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const exit = (code: number) => process.exit(code);
  try {
    await buildProgram(exit).parseAsync(argv);
  } catch (error) {
    process.stderr.write(`qodd: ${(error as Error).message}\n`);
    exit(1);
  }
}
