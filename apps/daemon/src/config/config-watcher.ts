// Re-reads the config when its file changes. The folder is watched, not the file: editors and
// config managers replace files by rename, which a watch on the old inode would miss.
import { type FSWatcher, watch } from "node:fs";
import { basename, dirname } from "node:path";
import { systemTime, type TimerHandle, type TimeSource } from "../time/time-source.js";

/** Options for ConfigWatcher. */
export interface ConfigWatcherOptions {
  file: string;
  /** Called once per burst of changes. */
  onChange: () => void;
  /** Quiet time after the last change before onChange, in ms. @default 250 */
  debounceMs?: number;
  /** @default systemTime */
  time?: TimeSource;
}

export class ConfigWatcher {
  readonly #o: ConfigWatcherOptions;
  readonly #time: TimeSource;
  #watcher: FSWatcher | undefined;
  #timer: TimerHandle | undefined;

  constructor(options: ConfigWatcherOptions) {
    this.#o = options;
    this.#time = options.time ?? systemTime;
  }

  start(): void {
    const name = basename(this.#o.file);
    this.#watcher = watch(dirname(this.#o.file), { persistent: false }, (_event, changed) => {
      if (changed !== null && changed !== name) return;
      if (this.#timer !== undefined) this.#time.clearTimeout(this.#timer);
      this.#timer = this.#time.setTimeout(() => {
        this.#timer = undefined;
        this.#o.onChange();
      }, this.#o.debounceMs ?? 250);
    });
  }

  stop(): void {
    this.#watcher?.close();
    this.#watcher = undefined;
    if (this.#timer !== undefined) this.#time.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
