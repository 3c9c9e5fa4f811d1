/** One IPv4 address in dotted decimal, no leading zeros. */
export declare function isIpv4(value: string): boolean;
/** One IPv6 address (RFC 4291 text form, `::` at most once, optional trailing dotted IPv4). */
export declare function isIpv6(value: string): boolean;
/** A UUID in its 8-4-4-4-12 hex form. */
export declare function isUuid(value: string): boolean;
/**
 * Parses an RFC 3339 date-time with a time zone into a Date, or returns undefined when the
 * text is not one (wrong shape, 30 February, hour 24, offset without minutes...). A leap
 * second (`23:59:60` in UTC) is accepted and lands on the next second, as Date cannot hold it.
 * Digits past milliseconds are dropped.
 */
export declare function parseRfc3339(value: string): Date | undefined;
/** True when the text is an RFC 3339 date-time with a time zone. */
export declare function isRfc3339(value: string): boolean;
/** An absolute `https://` URI with a host, written as RFC 3986 allows (no spaces, no raw Unicode). */
export declare function isHttpsUri(value: string): boolean;
//# sourceMappingURL=formats.d.ts.map
