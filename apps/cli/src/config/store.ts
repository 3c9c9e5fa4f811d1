import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { UsageError } from "../cli-error.js";
import type { Context } from "./keys.js";

type Yaml = typeof import("yaml");

// yaml is CommonJS: bundled and imported on demand it arrives as a default export only.
async function loadYaml(): Promise<Yaml> {
  const module = await import("yaml");
  return (module as Yaml & { default?: Yaml }).default ?? module;
}

/** The contexts file, as stored. */
export interface ConfigFile {
  "current-context"?: string;
  contexts: Record<string, Context>;
}

/** Reads and writes the contexts file; a missing file is an empty config. */
export class ConfigStore {
  readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  async load(): Promise<ConfigFile> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { contexts: {} };
      throw error;
    }
    // yaml is loaded only when there is a file to read: most first runs have none.
    const { parse } = await loadYaml();
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      throw new UsageError(`${this.path} is not valid YAML; fix or remove it`);
    }
    if (data === null || data === undefined) return { contexts: {} };
    if (typeof data !== "object" || Array.isArray(data)) {
      throw new UsageError(`${this.path} should hold a mapping with current-context and contexts`);
    }
    const file = data as Partial<ConfigFile>;
    return { ...file, contexts: file.contexts ?? {} };
  }

  /** Writes to a temporary file and renames it, so a crash never leaves half a config. */
  async save(config: ConfigFile): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const { stringify } = await loadYaml();
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, stringify(config), { mode: 0o600 });
    await rename(temporary, this.path);
  }
}
