import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Sandbox } from "@qod/sandbox";
import type { FetchFn } from "./verbose-fetch.js";

/** Options of {@link EmbeddedSandbox}. */
export interface EmbeddedSandboxOptions {
  /** The JSON file shared by every invocation. */
  stateFile: string;
  /** Called once, when the sandbox first starts (the CLI prints its note then). */
  onStart: () => void;
  /** Where the sandbox's own warnings go. */
  warn: (message: string) => void;
}

/**
 * The sandbox run in-process, started on the first request. Starting late means a command
 * that fails validation never loads the sandbox, never touches the state file and prints
 * nothing but its error.
 */
export class EmbeddedSandbox {
  #options: EmbeddedSandboxOptions;
  #sandbox: Sandbox | undefined;

  constructor(options: EmbeddedSandboxOptions) {
    this.#options = options;
  }

  /** The running sandbox, started if needed. */
  async sandbox(): Promise<Sandbox> {
    if (this.#sandbox === undefined) {
      const { createSandbox } = await import("@qod/sandbox");
      mkdirSync(dirname(this.#options.stateFile), { recursive: true, mode: 0o700 });
      // Realtime: sessions activate and expire while the user works, as on a real network.
      this.#sandbox = createSandbox({
        stateFile: this.#options.stateFile,
        clock: { realtime: true },
        logger: { info() {}, warn: this.#options.warn },
      });
      this.#options.onStart();
    }
    return this.#sandbox;
  }

  /** A fetch that answers in-process: no port, no network. */
  readonly fetch: FetchFn = async (input, init) => (await this.sandbox()).fetch(input, init);

  /** Sandbox time (it may run ahead of the wall clock after `qod sandbox clock advance`). */
  now(): number {
    return this.#sandbox?.clock.now().getTime() ?? Date.now();
  }

  /** Saves the state and stops the sandbox's timers. */
  async close(): Promise<void> {
    await this.#sandbox?.close();
  }
}
