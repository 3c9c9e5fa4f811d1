import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Sandbox } from "@qod/sandbox";
import type { FetchFn } from "./verbose-fetch.js";

/** Options of {@link EmbeddedSandbox}. */
export interface EmbeddedSandboxOptions {
  /** The JSON file shared by every invocation. */
  stateFile: string;
  /** Called once, when the sandbox is first needed (the CLI prints its note then). */
  onStart: () => void;
  /** Where the sandbox's own warnings go. */
  warn: (message: string) => void;
}

type SandboxModule = typeof import("@qod/sandbox");

/**
 * The sandbox run in-process, with the state file as the only source of truth: each request
 * loads the file, is answered, and saves what changed. A long-running command (`watch`,
 * `--wait`) therefore sees what other invocations did meanwhile and never writes back a stale
 * copy over them. Only the first load is slow (the sandbox compiles its validators once per
 * process). Nothing loads before the first request, so a command that fails validation never
 * touches the state file and prints nothing but its error.
 */
export class EmbeddedSandbox {
  #options: EmbeddedSandboxOptions;
  #module: SandboxModule | undefined;
  // Sandbox time minus wall time at the last request: it runs ahead after `clock advance`.
  #offsetMs = 0;
  // One request at a time: concurrent ones (clearSessions deletes in parallel) would each load
  // the file before the others saved, and all but the last change would be lost.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: EmbeddedSandboxOptions) {
    this.#options = options;
  }

  async #open(): Promise<Sandbox> {
    if (this.#module === undefined) {
      this.#module = await import("@qod/sandbox");
      mkdirSync(dirname(this.#options.stateFile), { recursive: true, mode: 0o700 });
      this.#options.onStart();
    }
    // Realtime: sessions activate and expire while the user works, as on a real network.
    const sandbox = this.#module.createSandbox({
      stateFile: this.#options.stateFile,
      clock: { realtime: true },
      logger: { info() {}, warn: this.#options.warn },
    });
    this.#offsetMs = sandbox.clock.now().getTime() - Date.now();
    return sandbox;
  }

  /** A fetch that answers in-process: no port, no network. */
  readonly fetch: FetchFn = (input, init) => this.#exclusive(async (sandbox) => sandbox.fetch(input, init));

  /** The sandbox's development token. */
  devToken(): Promise<string> {
    return this.#exclusive(async (sandbox) => sandbox.devToken ?? "");
  }

  #exclusive<T>(work: (sandbox: Sandbox) => Promise<T>): Promise<T> {
    const run = async () => {
      const sandbox = await this.#open();
      try {
        return await work(sandbox);
      } finally {
        await sandbox.close();
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Sandbox time, as of the last request. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }
}
