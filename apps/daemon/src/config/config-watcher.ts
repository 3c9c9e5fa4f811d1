// Re-reads the config when its file changes. The folder is watched, not the file: editors and
// config managers replace files by rename, which a watch on the old inode would miss.
import { type FSWatcher, watch } from "node:fs";
import { basename, dirname } from "node:path";
import type { Clock } from "@qod/sdk";
import { daemonSystemClock } from "../time/system-clock.js";

/** Options for ConfigWatcher. */
export interface ConfigWatcherOptions {
  file: string;
  /** Called once per burst of changes. */
  onChange: () => void;
  /** Quiet time after the last change before onChange, in ms. @default 250 */
  debounceMs?: number;
  /** @default the system clock */
  clock?: Clock;
}

export class ConfigWatcher {
  readonly #o: ConfigWatcherOptions;
  readonly #clock: Clock;
  #watcher: FSWatcher | undefined;
  #cancelTimer: (() => void) | undefined;

  constructor(options: ConfigWatcherOptions) {
    this.#o = options;
    this.#clock = options.clock ?? daemonSystemClock;
  }

  start(): void {
    const name = basename(this.#o.file);
    this.#watcher = watch(dirname(this.#o.file), { persistent: false }, (_event, changed) => {
      if (changed !== null && changed !== name) return;
      this.#cancelTimer?.();
      this.#cancelTimer = this.#clock.schedule(this.#o.debounceMs ?? 250, () => {
        this.#cancelTimer = undefined;
        this.#o.onChange();
      });
    });
  }

  stop(): void {
    this.#watcher?.close();
    this.#watcher = undefined;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }
}
