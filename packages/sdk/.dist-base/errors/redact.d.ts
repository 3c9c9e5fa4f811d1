/** Replaces every occurrence of each secret in the text. */
export declare function redactText(text: string, secrets: Iterable<string>): string;
/** A copy of a JSON-like value with every secret replaced inside its strings. */
export declare function redactValue(value: unknown, secrets: Iterable<string>): unknown;
/**
 * A clean copy of a thrown value and its causes: name, message, `code` and cause only, with
 * secrets removed. The original may carry request objects or headers, so it is not kept.
 */
export declare function sanitizeCause(error: unknown, secrets: Iterable<string>, depth?: number): Error;
//# sourceMappingURL=redact.d.ts.map
