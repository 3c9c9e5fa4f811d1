// When and how long to wait before trying again.
import { backoffDelay } from "./backoff.js";

/** Whether an operation may be repeated blindly (`idempotent`) or only when nothing happened (`unsafe`). */
export type RetryMode = "idempotent" | "unsafe";

/** Statuses worth another try: the gateway or the provider is briefly unavailable. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** Longest `Retry-After` the SDK waits for; a longer one is handed to the caller as an error. */
export const MAX_RETRY_AFTER_MS = 60_000;

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/** Exponential backoff (0.5 s, 1 s, 2 s... up to 8 s, from `firstMs`) minus up to 25% jitter; `attempt` counts from 0. */
export function backoffMs(attempt: number, random: () => number, firstMs: number = BASE_DELAY_MS): number {
  return backoffDelay(attempt + 1, { baseMs: firstMs, maxMs: Math.max(MAX_DELAY_MS, firstMs), random, jitter: 0.25 });
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

// Codes of failures that happen before a single byte reaches the server.
const UNSENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/** True when the error (or one of its causes) shows the request never left this machine. */
export function isUnsent(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNSENT_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
