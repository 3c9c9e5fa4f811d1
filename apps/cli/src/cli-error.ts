import { ExitCode } from "./exit-codes.js";

/** A failure the CLI itself detected, with the exit code it stands for. */
export class CliError extends Error {
  override name = "CliError";
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = ExitCode.unexpected) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * Bad input caught by the CLI itself (a flag that does not parse, a missing device, a config
 * key that does not exist). Always exit 2, and always before any request is sent.
 */
export class UsageError extends CliError {
  override name = "UsageError";
  /** The flag or argument at fault, e.g. `--duration`, when there is one. */
  readonly flag: string | undefined;

  constructor(message: string, flag?: string) {
    super(flag === undefined ? message : `${flag}: ${message}`, ExitCode.usage);
    this.flag = flag;
  }
}
