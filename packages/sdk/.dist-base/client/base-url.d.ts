import type { ValidationIssue } from "../errors/validation-error.js";
/** 127.0.0.0/8, ::1 and localhost: addresses that never leave the machine. */
export declare function isLoopbackHost(hostname: string): boolean;
/**
 * Checks an API base URL and returns it without a trailing slash, or adds an issue. Plain http
 * is refused outside loopback, because the token would cross the network in clear text.
 */
export declare function checkBaseUrl(
  field: string,
  value: unknown,
  allowInsecure: boolean,
  issues: ValidationIssue[],
): string | undefined;
//# sourceMappingURL=base-url.d.ts.map
