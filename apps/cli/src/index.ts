// The entry: catches everything, turns it into an exit code, and is the only place that exits.
import { ExitCode } from "./exit-codes.js";
import { argvWantsJson } from "./output-format.js";
import { VERSION } from "./version.js";

const argv = process.argv.slice(2);

async function main(): Promise<number> {
  // `--version` is answered before anything else loads: it is what scripts call most.
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const controller = new AbortController();
  let interrupted = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted += 1;
    // A second Ctrl-C means "now": stop without waiting for a clean end.
    if (interrupted > 1) process.exit(130);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const { runCli } = await import("./cli.js");
    await runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: controller.signal });
    return ExitCode.ok;
  } catch (error) {
    const { reportError } = await import("./report-error.js");
    return reportError(error, {
      stderr: process.stderr,
      env: process.env,
      json: argvWantsJson(argv),
      verbose: argv.includes("--verbose"),
      interrupted: controller.signal.aborted,
    });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Only a bug in the error reporting itself gets here.
    process.stderr.write(`qod: unexpected error: ${String(error)}\n`);
    process.exit(ExitCode.unexpected);
  },
);
