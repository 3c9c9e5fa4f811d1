/** One problem in a config file: the field (`sessions[2].device.phoneNumber`) and what is wrong. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** A config file that cannot be used; `issues` lists every problem found. */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly file: string;
  readonly issues: readonly ConfigIssue[];

  constructor(file: string, issues: readonly ConfigIssue[]) {
    const lines = issues.map((i) => (i.path ? `  ${i.path}: ${i.message}` : `  ${i.message}`));
    super(`${file} is not a valid qodd config:\n${lines.join("\n")}`);
    this.file = file;
    this.issues = issues;
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
