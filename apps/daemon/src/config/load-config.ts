import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseDocument } from "yaml";
import { flowKey, type SessionSpec } from "../model/session-spec.js";
import { ConfigError, type ConfigIssue, formatPath } from "./config-error.js";
import { configSchema, type RawConfig } from "./schema.js";
import { checkSessionInput } from "./session-input.js";
import type { TokenSourceConfig } from "./token-source-schema.js";

/** A `sessions:` entry after every check. */
export interface DeclaredSession {
  name: string;
  spec: SessionSpec;
  /** Keep it alive for as long as it is declared (extend, then successors). */
  keepAlive: boolean;
  /** Total seconds wanted, when not keep-alive. */
  duration: number | undefined;
}

/** A checked config: paths resolved against the config file's folder. */
export interface DaemonConfig extends Omit<RawConfig, "sessions"> {
  /** Absolute path of the file it was read from. */
  file: string;
  sessions: DeclaredSession[];
}

function resolveToken(source: TokenSourceConfig, base: string): TokenSourceConfig {
  return source.file !== undefined ? { ...source, file: resolve(base, source.file) } : source;
}

function inlineTokenIssues(config: RawConfig, mode: number, file: string): ConfigIssue[] {
  // An inline secret is only as safe as the file holding it.
  if ((mode & 0o077) === 0) return [];
  const issues: ConfigIssue[] = [];
  const octal = (mode & 0o777).toString(8).padStart(4, "0");
  for (const [path, source] of [
    ["upstream.token.value", config.upstream.token],
    ["api.token.value", config.api.token],
  ] as const) {
    if (source.value !== undefined) {
      issues.push({
        path,
        message: `an inline token needs the config file readable by its owner only (chmod 600 ${file}; it is mode ${octal}); or use env, file or command`,
      });
    }
  }
  return issues;
}

function checkSessions(config: RawConfig): { sessions: DeclaredSession[]; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const sessions: DeclaredSession[] = [];
  const names = new Map<string, number>();
  const flows = new Map<string, number>();
  config.sessions.forEach((entry, i) => {
    const path = `sessions[${i}]`;
    const seen = names.get(entry.name);
    if (seen !== undefined)
      issues.push({ path: `${path}.name`, message: `'${entry.name}' is already used by sessions[${seen}]` });
    names.set(entry.name, i);
    const checked = checkSessionInput(entry, { allowUnknownProfiles: config.upstream.allowUnknownProfiles, path });
    if (!checked.ok) {
      issues.push(...checked.issues);
      return;
    }
    const flow = flowKey(checked.spec);
    const other = flows.get(flow);
    if (other !== undefined) {
      issues.push({
        path,
        message: `same device, application server and ports as sessions[${other}]: a provider refuses two sessions on one flow (409 CONFLICT)`,
      });
    }
    flows.set(flow, i);
    sessions.push({
      name: entry.name,
      spec: checked.spec,
      keepAlive: entry.keepAlive === true,
      duration: entry.duration,
    });
  });
  return { sessions, issues };
}

/** Parses and checks config text; `file` names it in errors and anchors relative paths. */
export function parseConfig(text: string, file: string, mode = 0o600): DaemonConfig {
  const absolute = resolve(file);
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      absolute,
      doc.errors.map((e) => {
        const at = e.linePos?.[0];
        return {
          path: "",
          message: `YAML ${at ? `line ${at.line}, column ${at.col}: ` : ""}${e.message.split("\n")[0]}`,
        };
      }),
    );
  }
  const result = configSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    throw new ConfigError(
      absolute,
      result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const raw = result.data;
  const { sessions, issues } = checkSessions(raw);
  issues.push(...inlineTokenIssues(raw, mode, absolute));
  if (raw.notifications && !raw.notifications.publicUrl && raw.notifications.listen.host === "0.0.0.0") {
    issues.push({
      path: "notifications.publicUrl",
      message: "is required when listening on 0.0.0.0 (the provider needs a reachable address)",
    });
  }
  if (issues.length > 0) throw new ConfigError(absolute, issues);

  const base = dirname(absolute);
  const n = raw.notifications;
  return {
    ...raw,
    file: absolute,
    upstream: { ...raw.upstream, token: resolveToken(raw.upstream.token, base) },
    api: { token: resolveToken(raw.api.token, base) },
    notifications: n && { ...n, tls: { cert: resolve(base, n.tls.cert), key: resolve(base, n.tls.key) } },
    store: { dir: resolve(base, raw.store.dir) },
    sessions,
  };
}

/** Reads and checks a config file; throws a ConfigError listing every problem. */
export async function loadConfig(file: string): Promise<DaemonConfig> {
  let text: string;
  let mode: number;
  try {
    [text, mode] = await Promise.all([readFile(file, "utf8"), stat(file).then((s) => s.mode)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new ConfigError(resolve(file), [{ path: "", message: `cannot read the file (${code})` }]);
  }
  return parseConfig(text, file, mode);
}
