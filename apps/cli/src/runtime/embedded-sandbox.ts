import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Sandbox } from "@qod/sandbox";
import type { FetchFn } from "./verbose-fetch.js";

/** Options of {@link EmbeddedSandbox}. */
export interface EmbeddedSandboxOptions {
  /** The state database shared by every invocation. */
  stateFile: string;
  /** Called once, when the sandbox is first needed (the CLI prints its note then). */
  onStart: () => void;
  /** Where the sandbox's own warnings go. */
  warn: (message: string) => void;
}

/**
 * The sandbox run in-process on the shared state database. Every request is one transaction
 * on it, so invocations running at the same time (a shell loop with `&`, `xargs -P`) each see
 * the others' committed work and none is lost; a long-running command (`watch`, `--wait`)
 * sees what other invocations did meanwhile. Nothing loads before the first request, so a
 * command that fails validation never opens the state and prints nothing but its error.
 * Notifications are left in the state for a served sandbox (`qod sandbox start` on the same
 * file) to send: an invocation ends too soon to deliver and retry them.
 */
export class EmbeddedSandbox {
  #options: EmbeddedSandboxOptions;
  #sandbox: Promise<Sandbox> | undefined;
  #opened: Sandbox | undefined;

  constructor(options: EmbeddedSandboxOptions) {
    this.#options = options;
  }

  #open(): Promise<Sandbox> {
    this.#sandbox ??= (async () => {
      const { createSandbox } = await import("@qod/sandbox");
      const { stateFile } = this.#options;
      mkdirSync(dirname(stateFile), { recursive: true, mode: 0o700 });
      this.#options.onStart();
      // A JSON state of earlier releases is imported once into the database beside it.
      const legacy = stateFile.replace(/\.db$/, ".json");
      this.#opened = createSandbox({
        stateFile: !existsSync(stateFile) && existsSync(legacy) ? legacy : stateFile,
        // Realtime: sessions activate and expire while the user works, as on a real network.
        clock: { realtime: true },
        notifications: { deliver: false },
        logger: { info() {}, warn: this.#options.warn },
      });
      return this.#opened;
    })();
    return this.#sandbox;
  }

  /** A fetch that answers in-process: no port, no network. */
  readonly fetch: FetchFn = async (input, init) => (await this.#open()).fetch(input, init);

  /** The sandbox's development token. */
  async devToken(): Promise<string> {
    return (await this.#open()).devToken ?? "";
  }

  /** Sandbox time (it runs ahead of the wall clock after `clock advance`). */
  now(): number {
    return this.#opened?.clock.now().getTime() ?? Date.now();
  }

  async close(): Promise<void> {
    await this.#opened?.close();
  }
}
