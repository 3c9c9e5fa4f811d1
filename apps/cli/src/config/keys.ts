import { UsageError } from "../cli-error.js";
import { parseDuration } from "../parse/duration.js";

/** What a context may hold. Deliberately no `token`: the CLI never writes one down. */
export const contextKeys = {
  "base-url": "API root of a CAMARA provider, e.g. https://api.example.com (QoD under /quality-on-demand/v1)",
  "profiles-base-url": "QoS Profiles base URL when it is not {base-url}/qos-profiles/v1",
  provider: "camara (default) or network-as-code (fills the URLs and uses RapidAPI headers)",
  "nac-env": "Network as Code environment: prod (default) or dev",
  auth: "bearer (default) or rapidapi",
  "rapidapi-host": "X-RapidAPI-Host value when auth is rapidapi",
  "token-command": "a shell command that prints the token, e.g. 'pass show qod/token'",
  "token-file": "a file holding the token (read at each call, never copied)",
  timeout: "per-request timeout, e.g. 30s",
  "api-version": "QoD and QoS Profiles version: 1.1.0 (default) or 1.2.0-rc.3",
} as const;

/** The QoD versions `api-version` may name; the first is the default. */
export const apiVersions = ["1.1.0", "1.2.0-rc.3"] as const;

export type ContextKey = keyof typeof contextKeys;

/** One named context, as stored. */
export type Context = Partial<Record<ContextKey, string>>;

/** Checks a key and its value before it is saved, so a typo fails now, not at the next call. */
export function checkContextValue(key: string, value: string, label: string = key): ContextKey {
  if (key === "token") {
    throw new UsageError(
      "qod never stores tokens; use 'qod config set token-command \"<command>\"', token-file, or QOD_TOKEN",
      "token",
    );
  }
  if (!(key in contextKeys)) {
    throw new UsageError(`unknown key; keys are ${Object.keys(contextKeys).join(", ")}`, key);
  }
  const k = key as ContextKey;
  if (value.trim() === "") throw new UsageError("needs a value", label);
  if (k === "base-url" || k === "profiles-base-url") checkUrl(label, value);
  if (k === "auth" && value !== "bearer" && value !== "rapidapi") {
    throw new UsageError(`is bearer or rapidapi, not ${JSON.stringify(value)}`, label);
  }
  if (k === "provider" && value !== "camara" && value !== "network-as-code") {
    throw new UsageError(`is camara or network-as-code, not ${JSON.stringify(value)}`, label);
  }
  if (k === "nac-env" && value !== "prod" && value !== "dev") {
    throw new UsageError(`is prod or dev, not ${JSON.stringify(value)}`, label);
  }
  if (k === "timeout") parseDuration(label, value, { min: 1, max: 3600 });
  if (k === "api-version" && !(apiVersions as readonly string[]).includes(value)) {
    throw new UsageError(`is ${apiVersions.join(" or ")}, not ${JSON.stringify(value)}`, label);
  }
  return k;
}

/** A base URL must be absolute http(s). */
export function checkUrl(flag: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${JSON.stringify(value)} is not a URL; write e.g. https://api.example.com`, flag);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(`${JSON.stringify(value)} must be an http(s) URL`, flag);
  }
  return url;
}
