import * as z from "zod/mini";
/** A number that is a whole number (any size, as JSON Schema's `integer`). */
export declare function integer(message: string): z.ZodMiniNumber<number>;
/**
 * An error map that words only "wrong type" issues, leaving zod's other issues (unknown keys,
 * nested problems) to be described on their own.
 */
export declare function typeError(message: string): (issue: { code?: string }) => string | undefined;
/** A string checked by a predicate, with one message for both a wrong type and a wrong shape. */
export declare function formattedString(test: (value: string) => boolean, message: string): z.ZodMiniString<string>;
/** The E.164 phone number of a device, `+` then 5 to 15 digits. */
export declare const phoneNumberSchema: z.ZodMiniString<string>;
/** One IPv4 address, dotted decimal. */
export declare const ipv4AddressSchema: z.ZodMiniString<string>;
/** One IPv6 address. */
export declare const ipv6AddressSchema: z.ZodMiniString<string>;
/** A TCP or UDP port. */
export declare const portSchema: z.ZodMiniNumber<number>;
/** The application server's IPv4 address, optionally with a prefix length (`198.51.100.0/24`). */
export declare const serviceIpv4Schema: z.ZodMiniString<string>;
/** The application server's IPv6 address as the contract's pattern allows (responses). */
export declare const wireServiceIpv6Schema: z.ZodMiniString<string>;
/** The application server's IPv6 address: the contract's pattern, and a real IPv6 address (inputs). */
export declare const serviceIpv6Schema: z.ZodMiniString<string>;
/** A session duration the SDK sends: whole seconds, 1 to 86400 (the Network as Code limit). */
export declare const durationSchema: z.ZodMiniNumber<number>;
/** A session duration as the contract allows it in responses: int32, at least 1. */
export declare const wireDurationSchema: z.ZodMiniNumber<number>;
/** Seconds to add to a session: whole seconds, at least 1 (providers cap the total themselves). */
export declare const extendSecondsSchema: z.ZodMiniNumber<number>;
/** A QoS profile name as the wire allows it (any provider-defined name of the right shape). */
export declare const profileNameSchema: z.ZodMiniString<string>;
/** A QoS profile from the known catalogue. */
export declare const knownProfileSchema: z.ZodMiniString<string>;
/** A session id: a UUID. */
export declare const sessionIdSchema: z.ZodMiniString<string>;
/** An RFC 3339 date-time with a time zone, as text. */
export declare const timestampSchema: z.ZodMiniString<string>;
/** An RFC 3339 date-time with a time zone, parsed once into a Date (responses). */
export declare const timestampToDateSchema: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<Date, string>>;
/** The contract's pattern for `x-correlator`. */
export declare const CORRELATOR: RegExp;
/** An `x-correlator` value. */
export declare const correlatorSchema: z.ZodMiniString<string>;
//# sourceMappingURL=leaf-schemas.d.ts.map
