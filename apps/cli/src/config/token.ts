import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { CliError, UsageError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import { SANDBOX_DEV_TOKEN } from "./dev-token.js";
import type { TokenSource } from "./resolve.js";

/**
 * Reads the token from where the settings say it lives. Messages name the source but never
 * echo what was read: a half-right token is still a secret.
 */
export async function readToken(source: TokenSource, env: NodeJS.ProcessEnv): Promise<string> {
  switch (source.kind) {
    case "env":
      return (env.QOD_TOKEN ?? "").trim();
    case "file":
      return nonEmpty(await readTokenFile(source.path), `token file ${source.path} is empty`);
    case "command":
      return nonEmpty(await runTokenCommand(source.command), "the context's token-command printed nothing");
    case "dev":
      return SANDBOX_DEV_TOKEN;
    case "sandbox":
      throw new CliError("the embedded sandbox supplies its own token", ExitCode.unexpected);
    case "none":
      throw new CliError(
        "no token: export QOD_TOKEN, pass --token-file FILE, or 'qod config set token-command \"…\"'",
        ExitCode.auth,
      );
  }
}

async function readTokenFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "an error";
    throw new UsageError(`cannot read ${path} (${code})`, "--token-file");
  }
}

function runTokenCommand(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("/bin/sh", ["-c", command], { timeout: 30_000, maxBuffer: 64 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const why = error.killed ? "timed out after 30s" : `exited with ${error.code ?? "a signal"}`;
        // What the command said is usually the fix (not logged in, not installed...).
        const said = String(stderr).trim().split("\n").slice(-5).join(" | ").slice(0, 500);
        const fix = "; fix it, or leave the context with 'qod config use --none' (the embedded sandbox)";
        reject(new CliError(`the context's token-command ${why}${said ? `: ${said}` : ""}${fix}`, ExitCode.auth));
      } else {
        resolve(stdout);
      }
    });
  });
}

function nonEmpty(text: string, message: string): string {
  const token = text.trim();
  if (token === "") throw new CliError(message, ExitCode.auth);
  return token;
}
