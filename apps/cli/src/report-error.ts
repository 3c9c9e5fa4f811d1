import { CliError, UsageError } from "./cli-error.js";
import { ExitCode } from "./exit-codes.js";
import { colorEnabled } from "./io.js";
import { flagForPath } from "./parse/flag-names.js";
import { scrub } from "./runtime/redact.js";
import { knownSecrets } from "./runtime/secrets.js";

/** What to print for an error, and the exit code. */
export interface ErrorReport {
  exitCode: number;
  /** One line, for people. */
  message: string;
  /** Fields for `--json` (name, status, code, correlator, flag…). */
  details: Record<string, unknown>;
}

/** Options of {@link reportError}. */
export interface ReportErrorOptions {
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Print the error as JSON on stderr. */
  json: boolean;
  /** Add the stack of unexpected errors. */
  verbose: boolean;
  /** Ctrl-C or SIGTERM arrived during the run. */
  interrupted: boolean;
}

interface Issue {
  path: string;
  message: string;
}

type Loose = Error & Record<string, unknown>;

const STATUS_EXIT: [number, number, ExitCode][] = [
  [400, 400, ExitCode.usage],
  [401, 401, ExitCode.auth],
  [403, 403, ExitCode.auth],
  [404, 404, ExitCode.notFound],
  [409, 409, ExitCode.conflict],
  [422, 422, ExitCode.usage],
  [429, 429, ExitCode.rateLimited],
  [500, 599, ExitCode.server],
];

/** The exit code for an HTTP status from the provider. */
export function exitCodeForStatus(status: number): ExitCode {
  for (const [low, high, code] of STATUS_EXIT) if (status >= low && status <= high) return code;
  return ExitCode.unexpected;
}

// SDK errors are recognised by name and shape rather than instanceof, so this module never
// has to load the SDK just to print an error that did not come from it.
export function classify(error: unknown, interrupted = false): ErrorReport {
  if (!(error instanceof Error)) {
    return { exitCode: ExitCode.unexpected, message: `unexpected: ${String(error)}`, details: {} };
  }
  const e = error as Loose;
  const name = e.name;
  if (e.code === "commander.helpDisplayed" || e.code === "commander.version") {
    // Not failures: commander signals that it printed what was asked for.
    return { exitCode: ExitCode.ok, message: "", details: {} };
  }
  if (e.code === "commander.help") {
    // A group run without a subcommand: commander has already printed its help on stderr.
    return {
      exitCode: ExitCode.usage,
      message: "a command is needed: see the list above",
      details: { name: "UsageError" },
    };
  }
  if (typeof e.code === "string" && e.code.startsWith("commander.")) {
    const message = e.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ");
    return { exitCode: ExitCode.usage, message, details: { name: "UsageError" } };
  }
  if (error instanceof CliError) {
    const flag = error instanceof UsageError ? error.flag : undefined;
    return { exitCode: error.exitCode, message: error.message, details: { name, ...(flag ? { flag } : {}) } };
  }
  if (interrupted || name === "AbortError") {
    return { exitCode: 130, message: "interrupted", details: { name: "AbortError" } };
  }
  if (name === "ValidationError" && Array.isArray(e.issues)) {
    const issues = (e.issues as Issue[]).map((issue) => ({
      flag: flagForPath(issue.path),
      // The SDK speaks to programmers; the CLI's equivalent of its option is a flag.
      message: issue.message
        .replace(/create the client with allowUnknownProfiles/, "pass --allow-unknown-profile")
        .replace(/create the client with apiVersion: "1\.2\.0-rc\.3"/, "pass --api-version 1.2.0-rc.3")
        .replace(/, or with allowInsecure: true\)/, ")"),
    }));
    const message = issues.map((issue) => `${issue.flag}: ${issue.message}`).join("; ");
    return { exitCode: ExitCode.usage, message, details: { name, flag: issues[0]?.flag, issues } };
  }
  if (typeof e.status === "number" && typeof e.code === "string" && name !== "ResponseValidationError") {
    const correlator = typeof e.correlator === "string" ? e.correlator : undefined;
    const message = `${e.status} ${e.code}: ${e.message}${correlator ? ` (x-correlator ${correlator})` : ""}`;
    const details = { name, status: e.status, code: e.code, correlator };
    return { exitCode: exitCodeForStatus(e.status), message, details };
  }
  if (name === "ClearSessionsError" && Array.isArray(e.failures)) {
    const first = (e.failures as { error: unknown }[])[0]?.error;
    const exitCode = first === undefined ? ExitCode.unexpected : classify(first).exitCode;
    const json = typeof e.toJSON === "function" ? (e.toJSON as () => Record<string, unknown>)() : {};
    return { exitCode, message: e.message, details: { name, deleted: e.deleted, failures: json.failures } };
  }
  if (name === "ConnectionError" || name === "TimeoutError") {
    return { exitCode: ExitCode.server, message: `cannot reach the provider: ${e.message}`, details: { name } };
  }
  if (name === "StateFileError") {
    return { exitCode: ExitCode.unexpected, message: e.message, details: { name } };
  }
  if (name === "ResponseValidationError") {
    return { exitCode: ExitCode.server, message: e.message, details: { name, correlator: e.correlator } };
  }
  return { exitCode: ExitCode.unexpected, message: `unexpected ${name}: ${e.message}`, details: { name } };
}

/** Prints an error as one line (or JSON on stderr with `--json`) and returns the exit code. */
export function reportError(error: unknown, options: ReportErrorOptions): number {
  const report = classify(error, options.interrupted);
  if (report.exitCode === ExitCode.ok) return ExitCode.ok;
  const secrets = knownSecrets();
  const message = scrub(report.message, secrets);
  if (options.json) {
    const body = { error: { ...report.details, message, exitCode: report.exitCode } };
    options.stderr.write(`${scrub(JSON.stringify(body), secrets)}\n`);
  } else if (message !== "") {
    const label = colorEnabled(options.stderr, options.env) ? "\x1b[31merror:\x1b[39m" : "error:";
    options.stderr.write(`${label} ${message}\n`);
    if (options.verbose && report.exitCode === ExitCode.unexpected && error instanceof Error && error.stack) {
      options.stderr.write(`${scrub(error.stack, secrets)}\n`);
    }
  }
  return report.exitCode;
}
