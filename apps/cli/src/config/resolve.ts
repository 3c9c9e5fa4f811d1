import { apiUrls, type QodApiVersion } from "@qod/sdk";
import { UsageError } from "../cli-error.js";
import type { GlobalOptions } from "../globals.js";
import { parseDuration } from "../parse/duration.js";
import { isLoopbackUrl } from "./dev-token.js";
import { type Context, type ContextKey, checkContextValue } from "./keys.js";
import { configFile } from "./paths.js";
import { ConfigStore } from "./store.js";

/** Where the token comes from; the token itself is read only when a request needs it. */
export type TokenSource =
  | { kind: "env" }
  | { kind: "file"; path: string }
  | { kind: "command"; command: string }
  | { kind: "sandbox" }
  | { kind: "dev" }
  | { kind: "none" };

/** Where a setting came from, for `qod config show`. */
export type Origin = "flag" | "env" | "context" | "default";

/** The URLs of a configured provider. */
export interface Endpoint {
  /** QoD base, ending in `/quality-on-demand/v1` (`/v1rc3` on 1.2.0-rc.3). */
  qod: string;
  /** QoS Profiles base, ending in `/qos-profiles/v1` unless configured otherwise. */
  profiles: string;
  /** The sandbox control API, when the provider is a `qod sandbox start` server. */
  sandbox: string;
}

/** Everything a command needs to reach a provider, merged from flags, env and the context. */
export interface Settings {
  contextName: string | undefined;
  provider: "camara" | "network-as-code";
  nacEnv: "prod" | "dev";
  /** Undefined means: no provider configured, use the embedded sandbox. */
  endpoint: Endpoint | undefined;
  auth: "bearer" | "rapidapi";
  rapidApiHost: string | undefined;
  timeoutMs: number | undefined;
  /** The QoD version spoken. */
  apiVersion: QodApiVersion;
  token: TokenSource;
  /** Each effective setting, with where it came from. */
  values: Partial<Record<ContextKey, { value: string; origin: Origin }>>;
}

/** Flags beat environment variables, which beat the context. */
export async function resolveSettings(globals: GlobalOptions, env: NodeJS.ProcessEnv): Promise<Settings> {
  const store = new ConfigStore(configFile(env));
  const config = await store.load();
  const contextName = globals.context ?? env.QOD_CONTEXT ?? config["current-context"];
  let context: Context = {};
  if (contextName !== undefined) {
    const found = config.contexts[contextName];
    if (found === undefined && (globals.context !== undefined || env.QOD_CONTEXT !== undefined)) {
      const flag = globals.context !== undefined ? "--context" : "QOD_CONTEXT";
      throw new UsageError(`no context named ${JSON.stringify(contextName)}; see 'qod config show'`, flag);
    }
    context = found ?? {};
  }

  const values: Settings["values"] = {};
  const pick = (key: ContextKey, flag: string | undefined, envName: string | undefined) => {
    const fromEnv = envName ? env[envName] : undefined;
    const found: [string | undefined, Origin][] = [
      [flag, "flag"],
      [fromEnv === "" ? undefined : fromEnv, "env"],
      [context[key], "context"],
    ];
    for (const [value, origin] of found) {
      if (value === undefined) continue;
      const label = origin === "flag" ? `--${key}` : origin === "env" ? (envName as string) : key;
      checkContextValue(key, value, origin === "context" ? `context ${contextName} ${key}` : label);
      values[key] = { value, origin };
      return value;
    }
    return undefined;
  };

  const baseUrl = pick("base-url", globals.baseUrl, "QOD_BASE_URL");
  const profilesBaseUrl = pick("profiles-base-url", globals.profilesBaseUrl, "QOD_PROFILES_BASE_URL");
  const provider = (pick("provider", undefined, "QOD_PROVIDER") ?? "camara") as Settings["provider"];
  const nacEnv = (pick("nac-env", undefined, "QOD_NAC_ENV") ?? "prod") as Settings["nacEnv"];
  const auth = (pick("auth", globals.auth, "QOD_AUTH") ??
    (provider === "network-as-code" ? "rapidapi" : "bearer")) as Settings["auth"];
  const rapidApiHost = pick("rapidapi-host", undefined, "QOD_RAPIDAPI_HOST");
  const timeout = pick("timeout", globals.timeout, "QOD_TIMEOUT");
  const apiVersion = (pick("api-version", globals.apiVersion, "QOD_API_VERSION") ?? "1.1.0") as QodApiVersion;
  const tokenCommand = pick("token-command", undefined, undefined);
  const tokenFile = pick("token-file", globals.tokenFile, undefined);

  const endpoint = baseUrl === undefined ? undefined : endpointFor(baseUrl, profilesBaseUrl, apiVersion);
  const embedded = endpoint === undefined && provider === "camara";
  let token: TokenSource;
  if (globals.tokenFile !== undefined) token = { kind: "file", path: globals.tokenFile };
  else if (env.QOD_TOKEN !== undefined && env.QOD_TOKEN !== "") token = { kind: "env" };
  else if (tokenCommand !== undefined) token = { kind: "command", command: tokenCommand };
  else if (tokenFile !== undefined) token = { kind: "file", path: tokenFile };
  else if (embedded) token = { kind: "sandbox" };
  // Nothing configured and a loopback provider: most likely a `qod sandbox start` server.
  else if (endpoint !== undefined && isLoopbackUrl(endpoint.qod)) token = { kind: "dev" };
  else token = { kind: "none" };

  return {
    contextName,
    provider,
    nacEnv,
    endpoint,
    auth,
    rapidApiHost,
    timeoutMs: timeout === undefined ? undefined : parseDuration("timeout", timeout, { max: 3600 }) * 1000,
    apiVersion,
    token,
    values,
  };
}

/** The SDK's rule: the API root (or a full API base, recognised), from which each base is derived. */
export function endpointFor(baseUrl: string, profilesBaseUrl?: string, apiVersion?: QodApiVersion): Endpoint {
  const urls = apiUrls(baseUrl, profilesBaseUrl, apiVersion);
  return { qod: urls.qod, profiles: urls.qosProfiles, sandbox: `${urls.root}/sandbox/v1` };
}
