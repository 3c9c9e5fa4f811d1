/** One problem in a config file: the field (`sessions[2].device.phoneNumber`) and what is wrong. */
export interface ConfigIssue {
  path: string;
  message: string;
}

import type * as z from "zod";
import type { ConfigTargets } from "./load-config.js";

/** A config file that cannot be used; `issues` lists every problem found. */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly file: string;
  readonly issues: readonly ConfigIssue[];
  /** The parts of the file that parsed, so check-config can look at what they name too. */
  readonly targets: ConfigTargets;

  constructor(file: string, issues: readonly ConfigIssue[], targets: ConfigTargets = {}) {
    const lines = issues.map((i) => (i.path ? `  ${i.path}: ${i.message}` : `  ${i.message}`));
    super(`${file} is not a valid qodd config:\n${lines.join("\n")}`);
    this.file = file;
    this.issues = issues;
    this.targets = targets;
  }
}

/** `sessions[2].device`, from zod's path segments. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** zod's issues with their field paths; a missing field reads "is required" whatever the field's type message says. */
export function fieldIssues(
  found: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: PropertyKey[] = [],
): ConfigIssue[] {
  return found.map((issue) => {
    const missing = issue.code === "invalid_type" && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
    return { path: formatPath([...prefix, ...issue.path]), message: missing ? "is required" : issue.message };
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
