import type { ClientContext } from "../client/context.js";
import { SessionEndedError } from "../errors/session-ended-error.js";
import { AbortError, TimeoutError } from "../errors/transport-errors.js";
import { ValidationError, type ValidationIssue } from "../errors/validation-error.js";
import { sleep } from "../http/clock.js";
import { backoffMs } from "../http/retry.js";
import type { QosStatus, StatusInfo } from "./types.js";

/** Options of `session.waitForStatus()`. */
export interface WaitForStatusOptions {
  /** Milliseconds to wait in all before a TimeoutError. @default 60000 */
  timeout?: number;
  /** Aborts the wait with an AbortError. */
  signal?: AbortSignal;
  /** Milliseconds before the first poll; each later poll waits twice as long, up to 8 s. @default 500 */
  interval?: number;
}

/** What the wait needs from a session or an assignment. */
export interface Pollable {
  readonly id: string;
  /** What it is called in messages. @default "session" */
  readonly kind?: string;
  readonly status: QosStatus;
  readonly statusInfo: StatusInfo | undefined;
  refresh(options: { signal?: AbortSignal | undefined }): Promise<unknown>;
}

const STATUSES: ReadonlySet<string> = new Set(["REQUESTED", "AVAILABLE", "UNAVAILABLE"]);

function wholePositive(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (value !== undefined && !(typeof value === "number" && Number.isInteger(value) && value > 0))
    issues.push({ path, message: "must be a whole number of milliseconds above 0" });
}

function checkWait(status: QosStatus | readonly QosStatus[], options: WaitForStatusOptions): QosStatus[] {
  const wanted = typeof status === "string" ? [status] : Array.isArray(status) ? [...status] : [];
  const issues: ValidationIssue[] = [];
  if (wanted.length === 0 || wanted.some((s) => !STATUSES.has(s)))
    issues.push({ path: "status", message: "must be REQUESTED, AVAILABLE or UNAVAILABLE, or a list of them" });
  wholePositive(options.timeout, "options.timeout", issues);
  wholePositive(options.interval, "options.interval", issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return wanted;
}

/**
 * Polls the session until its status is one of `status`, waiting longer between polls (the
 * SDK's retry backoff, from `interval`). Ends with a SessionEndedError when the session becomes
 * `UNAVAILABLE` unasked, a TimeoutError after `timeout`, an AbortError when `signal` aborts.
 */
export async function waitForStatus(
  context: ClientContext,
  session: Pollable,
  status: QosStatus | readonly QosStatus[],
  options: WaitForStatusOptions = {},
): Promise<void> {
  const wanted = checkWait(status, options);
  const { clock, random } = context;
  const { signal, timeout = 60_000, interval = 500 } = options;
  const deadline = clock.now() + timeout;
  const kind = session.kind ?? "session";
  for (let attempt = 0; ; attempt++) {
    if (wanted.includes(session.status)) return;
    if (session.status === "UNAVAILABLE") throw new SessionEndedError(session.id, session.statusInfo, wanted, kind);
    const left = deadline - clock.now();
    if (left <= 0) {
      throw new TimeoutError(
        `${kind} ${session.id} is still ${session.status} after ${timeout} ms (waited for ${wanted.join(" or ")})`,
      );
    }
    try {
      await sleep(clock, Math.min(left, backoffMs(attempt, random, interval)), signal);
    } catch {
      throw new AbortError(`waiting for ${kind} ${session.id}: aborted by the caller`);
    }
    await session.refresh({ signal });
  }
}
