// Checks that what the config points at is usable: token sources, TLS files, the state folder.
// Command token sources are not run (they may have side effects); their existence is not checked.
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { ConfigIssue } from "./config-error.js";
import type { ConfigTargets } from "./load-config.js";
import type { TokenSourceConfig } from "./token-source-schema.js";

async function readable(path: string): Promise<string | undefined> {
  try {
    await access(path, constants.R_OK);
    return undefined;
  } catch (error) {
    return `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`;
  }
}

async function tokenIssues(path: string, source: TokenSourceConfig, env: NodeJS.ProcessEnv): Promise<ConfigIssue[]> {
  if (source.env !== undefined && !env[source.env]?.trim()) {
    return [{ path: `${path}.env`, message: `environment variable ${source.env} is not set` }];
  }
  if (source.file !== undefined && source.generate === true && (await readable(source.file)) !== undefined) {
    // Made (random, mode 0600) at the first start: its folder must take it.
    return (await writableIssues(dirname(source.file))).map((i) => ({ ...i, path: `${path}.file` }));
  }
  if (source.file !== undefined) {
    const problem = await readable(source.file);
    if (problem) return [{ path: `${path}.file`, message: problem }];
    const mode = (await stat(source.file)).mode;
    if (mode & 0o007) {
      return [{ path: `${path}.file`, message: `${source.file} is readable by every user: chmod 600 (or 640) it` }];
    }
  }
  return [];
}

/** Problems with the files, variables and folders the config names; empty when all is well. */
export async function preflight(config: ConfigTargets, env: NodeJS.ProcessEnv = process.env): Promise<ConfigIssue[]> {
  const pg = config.store?.postgres;
  const issues: ConfigIssue[] = [
    ...(config.upstream ? await tokenIssues("upstream.token", config.upstream.token, env) : []),
    ...(config.api ? await tokenIssues("api.token", config.api.token, env) : []),
    ...(pg ? await tokenIssues("store.postgres.url", pg.url, env) : []),
  ];
  const tls = config.notifications?.tls;
  if (tls) {
    for (const [key, file] of [
      ["cert", tls.cert],
      ["key", tls.key],
    ] as const) {
      const problem = await readable(file);
      if (problem) issues.push({ path: `notifications.tls.${key}`, message: problem });
    }
  }
  if (config.store?.dir !== undefined) issues.push(...(await writableIssues(config.store.dir)));
  return issues;
}

// The state folder may not exist yet; its nearest existing parent must be writable.
async function writableIssues(stateDir: string): Promise<ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  let dir = stateDir;
  for (;;) {
    try {
      await access(dir, constants.W_OK);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" || dirname(dir) === dir) {
        issues.push({ path: "store.dir", message: `${dir} is not writable (${code ?? "error"})` });
        break;
      }
      dir = dirname(dir);
    }
  }
  return issues;
}
