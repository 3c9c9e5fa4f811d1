import type { ValidationIssue } from "../errors/validation-error.js";

const LOOPBACK_HOSTS = new Set(["localhost", "[::1]", "::1"]);

/** 127.0.0.0/8, ::1 and localhost: addresses that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Checks an API base URL and returns it without a trailing slash, or adds an issue. Plain http
 * is refused outside loopback, because the token would cross the network in clear text.
 */
export function checkBaseUrl(
  field: string,
  value: unknown,
  allowInsecure: boolean,
  issues: ValidationIssue[],
): string | undefined {
  if (typeof value !== "string") {
    issues.push({ path: field, message: "must be a URL string, the API root, e.g. https://api.example.com" });
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    issues.push({ path: field, message: "must be an absolute URL, the API root, e.g. https://api.example.com" });
    return undefined;
  }
  if (url.protocol === "http:" && !allowInsecure && !isLoopbackHost(url.hostname)) {
    issues.push({
      path: field,
      message: "must use https:// (http is allowed only for loopback addresses, or with allowInsecure: true)",
    });
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    issues.push({ path: field, message: "must be an https:// URL" });
    return undefined;
  }
  if (url.search || url.hash) {
    issues.push({ path: field, message: "must not have a query or a fragment" });
    return undefined;
  }
  return value.replace(/\/+$/, "");
}
