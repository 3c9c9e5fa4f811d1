/** Whether an operation may be repeated blindly (`idempotent`) or only when nothing happened (`unsafe`). */
export type RetryMode = "idempotent" | "unsafe";
/** Statuses worth another try: the gateway or the provider is briefly unavailable. */
export declare const RETRYABLE_STATUSES: ReadonlySet<number>;
/** Longest `Retry-After` the SDK waits for; a longer one is handed to the caller as an error. */
export declare const MAX_RETRY_AFTER_MS = 60000;
/** Exponential backoff (0.5 s, 1 s, 2 s... up to 8 s) minus up to 25% jitter. */
export declare function backoffMs(attempt: number, random: () => number): number;
/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export declare function retryAfterMs(header: string | null, nowMs: number): number | undefined;
/** True when the error (or one of its causes) shows the request never left this machine. */
export declare function isUnsent(error: unknown): boolean;
//# sourceMappingURL=retry.d.ts.map
