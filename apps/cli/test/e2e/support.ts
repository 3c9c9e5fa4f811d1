import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built binary, run as users run it. */
export const BIN = fileURLToPath(new URL("../../bin/qod.js", import.meta.url));

if (!existsSync(fileURLToPath(new URL("../../dist/index.js", import.meta.url)))) {
  throw new Error("apps/cli/dist is missing: run `pnpm build` (turbo runs it before the tests)");
}

/** What one run printed and how it ended. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A private home for one test file: its own config and state dirs, no colour, UTC. */
export function makeHome(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), "qod-e2e-"));
  return {
    dir,
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_CONFIG_HOME: join(dir, "config"),
      XDG_STATE_HOME: join(dir, "state"),
      NO_COLOR: "1",
      TZ: "UTC",
    },
  };
}

/** Runs `qod …` to completion. */
export function qod(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, encoding: "utf8" }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A `qod …` left running (a server, a watch), with its output so far. */
export interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout has a line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (after `signal`, if given). */
  exit(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `qod …` in the background. */
export function start(args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    for (const waiter of waiters.splice(0)) waiter();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = out.match(pattern);
          if (match) resolve(match);
          else if (child.exitCode !== null) reject(new Error(`exited ${child.exitCode}: ${err}`));
          else waiters.push(check);
        };
        child.on("exit", check);
        check();
      });
    },
    exit(signal) {
      if (signal && child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** stderr without the embedded sandbox's note, as lines. */
export function notes(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "");
}
