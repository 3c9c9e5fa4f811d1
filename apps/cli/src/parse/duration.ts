import { UsageError } from "../cli-error.js";

const UNIT_SECONDS = { d: 86_400, h: 3_600, m: 60, s: 1 } as const;
const PART = /(\d+)(ms|d|h|m|s)/gy;

/** Bounds for {@link parseDuration}, in seconds. */
export interface DurationBounds {
  /** Smallest accepted value, in seconds. @default 1 */
  min?: number;
  /** Largest accepted value, in seconds. @default Infinity */
  max?: number;
}

/**
 * Reads `90`, `90s`, `15m`, `1h`, `24h` or a sum such as `1h30m` as whole seconds.
 * A bare number is seconds, like the wire's `duration`.
 */
export function parseDuration(flag: string, text: string, bounds: DurationBounds = {}): number {
  const ms = parseMilliseconds(flag, text);
  if (ms % 1000 !== 0) throw new UsageError(`${quote(text)} is not a whole number of seconds`, flag);
  const seconds = ms / 1000;
  const min = bounds.min ?? 1;
  const max = bounds.max ?? Number.POSITIVE_INFINITY;
  if (seconds < min) throw new UsageError(`${quote(text)} is too short: the minimum is ${formatSpan(min)}`, flag);
  if (seconds > max) throw new UsageError(`${quote(text)} is too long: the maximum is ${formatSpan(max)}`, flag);
  return seconds;
}

/** Like {@link parseDuration} but also accepts milliseconds (`500ms`); for polling intervals. */
export function parseInterval(flag: string, text: string, minMs = 100): number {
  const ms = parseMilliseconds(flag, text);
  if (ms < minMs) throw new UsageError(`${quote(text)} is too short: the minimum is ${minMs}ms`, flag);
  return ms;
}

function parseMilliseconds(flag: string, text: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  let total = 0;
  let end = 0;
  PART.lastIndex = 0;
  for (let match = PART.exec(trimmed); match !== null; match = PART.exec(trimmed)) {
    const [, amount, unit] = match;
    total += unit === "ms" ? Number(amount) : Number(amount) * 1000 * UNIT_SECONDS[unit as keyof typeof UNIT_SECONDS];
    end = PART.lastIndex;
  }
  if (trimmed === "" || end !== trimmed.length) {
    throw new UsageError(`${quote(text)} is not a duration; write seconds (90) or 90s, 15m, 1h, 1h30m`, flag);
  }
  return total;
}

/** `86400` → `24h (86400 s)`: how limits are named in messages. */
function formatSpan(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const human = seconds % 3600 === 0 ? `${seconds / 3600}h` : seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;
  return `${human} (${seconds} s)`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}
