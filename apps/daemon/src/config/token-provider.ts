import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { Clock } from "@qod/sdk";
import { daemonSystemClock } from "../time/system-clock.js";
import type { TokenSourceConfig } from "./token-source-schema.js";

/** Options for TokenProvider. */
export interface TokenProviderOptions {
  /** What the token is called in error messages, e.g. `upstream.token`. */
  label: string;
  /** Environment to read `env` sources from. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Clock for the refresh interval. @default the system clock */
  clock?: Clock;
  /** Longest a command may run, in ms. @default 10000 */
  commandTimeoutMs?: number;
}

/** A token source failed; the message names the source but never carries the token or command output. */
export class TokenSourceError extends Error {
  override name = "TokenSourceError";
}

// A file or command token is re-read after this long, so rotations are picked up without a restart.
const DEFAULT_REFRESH_SECONDS: Record<string, number> = { file: 60, command: 300 };

/** Reads a secret from its configured source, caching it between refreshes. */
export class TokenProvider {
  readonly #source: TokenSourceConfig;
  readonly #options: Required<Omit<TokenProviderOptions, "env">> & { env: NodeJS.ProcessEnv };
  #cached: string | undefined;
  #readAt = Number.NEGATIVE_INFINITY;
  #pending: Promise<string> | undefined;

  constructor(source: TokenSourceConfig, options: TokenProviderOptions) {
    this.#source = source;
    this.#options = {
      label: options.label,
      env: options.env ?? process.env,
      clock: options.clock ?? daemonSystemClock,
      commandTimeoutMs: options.commandTimeoutMs ?? 10_000,
    };
  }

  /** The current token; fetched again once its refresh interval has passed. */
  async get(): Promise<string> {
    const s = this.#source;
    if (s.value !== undefined) return s.value;
    if (s.env !== undefined) return this.#fromEnv(s.env);
    const kind = s.file !== undefined ? "file" : "command";
    const refreshMs = (s.refreshSeconds ?? (DEFAULT_REFRESH_SECONDS[kind] as number)) * 1000;
    if (this.#cached !== undefined && this.#options.clock.now() - this.#readAt < refreshMs) return this.#cached;
    this.#pending ??= this.#read().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /** Describes the source, never the token. */
  toJSON(): Record<string, unknown> {
    return { label: this.#options.label, source: this.describe() };
  }

  /** `env QOD_TOKEN`, `file /etc/qodd/token`... (never the value). */
  describe(): string {
    const s = this.#source;
    if (s.env !== undefined) return `env ${s.env}`;
    if (s.file !== undefined) return `file ${s.file}`;
    if (s.command !== undefined) return "command";
    return "inline value";
  }

  #fromEnv(name: string): string {
    const value = this.#options.env[name]?.trim();
    if (!value) throw new TokenSourceError(`${this.#options.label}: environment variable ${name} is not set or empty`);
    return value;
  }

  async #read(): Promise<string> {
    const s = this.#source;
    const label = this.#options.label;
    let token: string;
    try {
      token =
        s.file !== undefined
          ? (await readFile(s.file, "utf8")).trim()
          : await runCommand(s.command as string, this.#options.commandTimeoutMs);
    } catch (error) {
      // Keep serving the last good token through a transient failure of its source.
      if (this.#cached !== undefined) return this.#cached;
      const code = (error as NodeJS.ErrnoException).code;
      throw new TokenSourceError(
        s.file !== undefined
          ? `${label}: cannot read token file ${s.file}${code ? ` (${code})` : ""}`
          : `${label}: the token command failed${code !== undefined ? ` (exit ${code})` : ""}`,
      );
    }
    if (!token)
      throw new TokenSourceError(
        `${label}: the ${s.file !== undefined ? "token file" : "token command"} gave an empty token`,
      );
    this.#cached = token;
    this.#readAt = this.#options.clock.now();
    return token;
  }
}

function runCommand(command: string, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile("/bin/sh", ["-c", command], { timeout: timeoutMs, maxBuffer: 64 * 1024 }, (error, stdout) => {
      // Only the exit code leaves this function: stderr may echo the secret.
      if (error) reject(Object.assign(new Error("token command failed"), { code: error.code }));
      else resolvePromise(stdout.trim());
    });
  });
}
