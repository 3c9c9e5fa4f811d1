import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseDocument } from "yaml";
import { deviceKey, type SessionSpec, specsCollide } from "../model/session-spec.js";
import { ConfigError, type ConfigIssue, fieldIssues } from "./config-error.js";
import { configSchema, type RawConfig, sessionSchema } from "./schema.js";
import { checkSessionInput, type SessionInput } from "./session-input.js";
import { type TokenSourceConfig, tokenSourceSchema } from "./token-source-schema.js";

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
export interface DaemonConfig extends Omit<RawConfig, "sessions" | "store"> {
  /** The journal folder, or PostgreSQL (whose url is a secret source, like tokens). */
  store: {
    dir?: string;
    postgres?: { url: TokenSourceConfig; schema: string; poolSize: number; advertiseUrl?: string | undefined };
  };
  /** Absolute path of the file it was read from. */
  file: string;
  sessions: DeclaredSession[];
}

function resolveStore(store: RawConfig["store"], base: string): DaemonConfig["store"] {
  const pg = store.postgres;
  if (!pg) return { dir: resolve(base, store.dir ?? "./qodd-state") };
  const url = typeof pg.url === "string" ? { value: pg.url } : resolveToken(pg.url, base);
  return { ...(store.dir !== undefined && { dir: resolve(base, store.dir) }), postgres: { ...pg, url } };
}

function resolveToken(source: TokenSourceConfig, base: string): TokenSourceConfig {
  return source.file !== undefined ? { ...source, file: resolve(base, source.file) } : source;
}

function inlineTokenIssues(config: Partial<RawConfig>, mode: number, file: string): ConfigIssue[] {
  // An inline secret is only as safe as the file holding it.
  if ((mode & 0o077) === 0) return [];
  const issues: ConfigIssue[] = [];
  const octal = (mode & 0o777).toString(8).padStart(4, "0");
  const pgUrl = config.store?.postgres?.url;
  const pgInline = typeof pgUrl === "string" && URL.canParse(pgUrl) && new URL(pgUrl).password !== "";
  for (const [path, source] of [
    ["upstream.token.value", config.upstream?.token],
    ["api.token.value", config.api?.token],
    ["store.postgres.url", pgInline ? { value: pgUrl } : undefined],
  ] as const) {
    if (source?.value !== undefined) {
      issues.push({
        path,
        message: `an inline token needs the config file readable by its owner only (chmod 600 ${file}; it is mode ${octal}); or use env, file or command`,
      });
    }
  }
  return issues;
}

// Each entry is checked on its own, so one bad entry hides no problem of another.
function checkSessions(
  input: unknown,
  allowUnknownProfiles: boolean,
): { sessions: DeclaredSession[]; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const sessions: { index: number; session: DeclaredSession }[] = [];
  if (input === undefined || input === null) return { sessions: [], issues };
  if (!Array.isArray(input)) return { sessions: [], issues: [{ path: "sessions", message: "sessions is a list" }] };
  const names = new Map<string, number>();
  input.forEach((entry: unknown, i) => {
    const path = `sessions[${i}]`;
    const parsed = sessionSchema.safeParse(entry);
    const found = parsed.success ? [] : fieldIssues(parsed.error.issues, entry, [path]);
    if (entry !== null && typeof entry === "object") {
      const checked = checkSessionInput(entry as SessionInput, { allowUnknownProfiles, path });
      if (!checked.ok) found.push(...checked.issues);
      if (checked.ok && parsed.success) {
        const name = parsed.data.name;
        const seen = names.get(name);
        if (seen !== undefined)
          found.push({ path: `${path}.name`, message: `'${name}' is already used by sessions[${seen}]` });
        names.set(name, i);
        const { keepAlive, duration } = parsed.data;
        sessions.push({ index: i, session: { name, spec: checked.spec, keepAlive: keepAlive === true, duration } });
      }
    }
    issues.push(...unique(found));
  });
  issues.push(...overlapIssues(sessions));
  return { sessions: sessions.map((s) => s.session), issues };
}

// A provider refuses a second session whose flow overlaps a live one of the same device (409).
function overlapIssues(sessions: { index: number; session: DeclaredSession }[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const byDevice = new Map<string, { index: number; session: DeclaredSession }[]>();
  for (const entry of sessions) {
    const device = deviceKey(entry.session.spec.device);
    const earlier = byDevice.get(device) ?? [];
    const other = earlier.find((e) => specsCollide(e.session.spec, entry.session.spec));
    if (other) {
      issues.push({
        path: `sessions[${entry.index}]`,
        message:
          `'${entry.session.name}' and '${other.session.name}' (sessions[${other.index}]) are on the same device ` +
          "with overlapping application servers and ports: a provider refuses the second (409 CONFLICT); " +
          "narrow one of them or give them separate ports",
      });
    }
    byDevice.set(device, [...earlier, entry]);
  }
  return issues;
}

function unique(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path) && seen.add(i.path));
}

type Section = Exclude<keyof RawConfig, "sessions">;

/** Every section parsed on its own: what parsed is kept, so later checks still run on it. */
function parseSections(input: Record<string, unknown>): { raw: Partial<RawConfig>; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const raw: Partial<Record<Section, unknown>> = {};
  const shape = configSchema.shape;
  for (const key of Object.keys(input)) {
    if (!(key in shape)) {
      issues.push({ path: key, message: `'${key}' is not a qodd setting (known: ${Object.keys(shape).join(", ")})` });
    }
  }
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (key === "sessions") continue;
    const result = shape[key].safeParse(input[key]);
    if (result.success) raw[key] = result.data;
    else issues.push(...fieldIssues(result.error.issues, input[key], [key]));
  }
  return { raw: raw as Partial<RawConfig>, issues };
}

/** The config's parts that checks beyond the file need (preflight), resolved against the file's folder. */
export interface ConfigTargets {
  upstream?: { token: TokenSourceConfig };
  api?: { token: TokenSourceConfig };
  notifications?: { tls: { cert: string; key: string } };
  store?: DaemonConfig["store"];
}

function resolvePaths(raw: Partial<RawConfig>, input: Record<string, unknown>, base: string) {
  const n = raw.notifications;
  // The upstream token is looked at even when another upstream setting is wrong.
  const upstreamToken = tokenSourceSchema.safeParse((input.upstream as { token?: unknown } | undefined)?.token);
  return {
    ...(raw.upstream && { upstream: { ...raw.upstream, token: resolveToken(raw.upstream.token, base) } }),
    ...(!raw.upstream && upstreamToken.success && { upstream: { token: resolveToken(upstreamToken.data, base) } }),
    ...(raw.api && { api: { token: resolveToken(raw.api.token, base) } }),
    ...(n && { notifications: { ...n, tls: { cert: resolve(base, n.tls.cert), key: resolve(base, n.tls.key) } } }),
    ...(raw.store && { store: resolveStore(raw.store, base) }),
  };
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
  const input: unknown = doc.toJS() ?? {};
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new ConfigError(absolute, [{ path: "", message: "the file must be a YAML mapping of settings" }]);
  }
  const { raw, issues } = parseSections(input as Record<string, unknown>);
  const checked = checkSessions(
    (input as Record<string, unknown>).sessions,
    raw.upstream?.allowUnknownProfiles ?? false,
  );
  issues.push(...checked.issues);
  issues.push(...inlineTokenIssues(raw, mode, absolute));
  if (raw.notifications && !raw.notifications.publicUrl && raw.notifications.listen.host === "0.0.0.0") {
    issues.push({
      path: "notifications.publicUrl",
      message: "is required when listening on 0.0.0.0 (the provider needs a reachable address)",
    });
  }
  const targets = resolvePaths(raw, input as Record<string, unknown>, dirname(absolute));
  if (issues.length > 0) throw new ConfigError(absolute, issues, targets);
  return {
    ...(raw as RawConfig),
    ...(targets as Pick<DaemonConfig, "upstream" | "api" | "notifications" | "store">),
    file: absolute,
    sessions: checked.sessions,
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
