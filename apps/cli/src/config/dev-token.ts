// The sandbox's documented static development token (DEV_TOKEN in @qod/sandbox, checked equal
// by a test). Kept as a literal: importing it would load the whole sandbox for one string.
export const SANDBOX_DEV_TOKEN = "qod-sandbox-dev-token";

/** True for 127.0.0.0/8, ::1 and localhost: where a `qod sandbox start` server accepts the dev token. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
