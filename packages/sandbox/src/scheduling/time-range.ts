import { errors } from "../domain/api-error.js";

// A Date holds ±8.64e15 ms. Sandbox time stops short of that by 200 years, so whatever is
// scheduled from it (a session of the longest duration, its retention, a token's expiry, each
// at most 2^31 seconds ahead) still has a date.
const HEADROOM_MS = 200 * 365 * 86_400_000;
/** The furthest a Date reaches either side of the epoch, in ms. */
export const LARGEST_DATE_MS = 8.64e15;
/** The latest sandbox time, in ms since the epoch. */
export const LATEST_SANDBOX_TIME_MS = LARGEST_DATE_MS - HEADROOM_MS;
/** The earliest sandbox time, in ms since the epoch. */
export const EARLIEST_SANDBOX_TIME_MS = -LARGEST_DATE_MS;

/**
 * Refuses a sandbox time outside what the sandbox can represent, with a `400 OUT_OF_RANGE`
 * naming `field` (the control API answers it as is); returns the time otherwise.
 */
export function checkSandboxTime(ms: number, field: string): number {
  if (Number.isFinite(ms) && ms >= EARLIEST_SANDBOX_TIME_MS && ms <= LATEST_SANDBOX_TIME_MS) return ms;
  const [side, bound] = ms < EARLIEST_SANDBOX_TIME_MS ? ["before", "earliest"] : ["beyond", "latest"];
  const limit = bound === "earliest" ? EARLIEST_SANDBOX_TIME_MS : LATEST_SANDBOX_TIME_MS;
  throw errors.outOfRange(
    `${field}: would put sandbox time ${side} ${new Date(limit).toISOString()}, the ${bound} the sandbox can represent`,
  );
}
