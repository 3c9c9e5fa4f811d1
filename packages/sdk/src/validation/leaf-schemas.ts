// Schemas for the contract's single values, shared by the input and the response schemas.
// Messages name the rule and the fix, because the CLI and the daemon show them to people.
import { knownQosProfiles } from "@qod/api-client";
import * as z from "zod/mini";
import { isIpv4, isIpv6, isRfc3339, isUuid, parseRfc3339 } from "./formats.js";

const INT32_MAX = 2 ** 31 - 1;

/** A number that is a whole number (any size, as JSON Schema's `integer`). */
export function integer(message: string) {
  return z.number({ error: message }).check(z.refine(Number.isInteger, { error: message, abort: true }));
}

/**
 * An error map that words only "wrong type" issues, leaving zod's other issues (unknown keys,
 * nested problems) to be described on their own.
 */
export function typeError(message: string) {
  return (issue: { code?: string }) => (issue.code === "invalid_type" ? message : undefined);
}

/** A string checked by a predicate, with one message for both a wrong type and a wrong shape. */
export function formattedString(test: (value: string) => boolean, message: string) {
  return z.string({ error: message }).check(z.refine(test, { error: message }));
}

const PHONE = /^\+[1-9][0-9]{4,14}$/;
const PHONE_EXAMPLE = "e.g. +36721601234567";

/** The E.164 phone number of a device, `+` then 5 to 15 digits. */
export const phoneNumberSchema = z.string({ error: `phone numbers are text in E.164 form, ${PHONE_EXAMPLE}` }).check(
  z.superRefine((value, ctx) => {
    if (PHONE.test(value)) return;
    let message = `phone numbers are E.164: '+', the country code, then 4 to 14 more digits (${PHONE_EXAMPLE})`;
    if (/[\s\-().]/.test(value)) {
      message = `phone numbers are E.164: '+' then digits, no spaces, dashes or parentheses (${PHONE_EXAMPLE})`;
    } else if (!value.startsWith("+")) {
      message = `phone numbers are E.164 and start with '+' and the country code (${PHONE_EXAMPLE})`;
    }
    ctx.issues.push({ code: "custom", message, input: value });
  }),
);

/** One IPv4 address, dotted decimal. */
export const ipv4AddressSchema = formattedString(
  isIpv4,
  "must be one IPv4 address in dotted decimal, e.g. 203.0.113.7",
);

/** One IPv6 address. */
export const ipv6AddressSchema = formattedString(isIpv6, "must be one IPv6 address, e.g. 2001:db8::1");

/** A TCP or UDP port. */
export const portSchema = integer("ports are whole numbers from 0 to 65535").check(
  z.minimum(0, { error: "ports are whole numbers from 0 to 65535" }),
  z.maximum(65535, { error: "ports are whole numbers from 0 to 65535" }),
);

const APP_SERVER_IPV4 =
  /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(\/(3[0-2]|[12]?[0-9]))?$/;
const APP_SERVER_IPV6 = /^[0-9a-fA-F:.]{2,45}(\/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?$/;

/** The application server's IPv4 address, optionally with a prefix length (`198.51.100.0/24`). */
export const serviceIpv4Schema = formattedString(
  (v) => APP_SERVER_IPV4.test(v),
  "must be an IPv4 address, optionally with a prefix length, e.g. 203.0.113.7 or 198.51.100.0/24",
);

/** The application server's IPv6 address as the contract's pattern allows (responses). */
export const wireServiceIpv6Schema = formattedString(
  (v) => APP_SERVER_IPV6.test(v),
  "must be an IPv6 address, optionally with a prefix length, e.g. 2001:db8::1 or 2001:db8::/64",
);

/** The application server's IPv6 address: the contract's pattern, and a real IPv6 address (inputs). */
export const serviceIpv6Schema = formattedString(
  (v) => APP_SERVER_IPV6.test(v) && isIpv6(v.split("/")[0] as string),
  "must be an IPv6 address, optionally with a prefix length, e.g. 2001:db8::1 or 2001:db8::/64",
);

const DURATION_MESSAGE = "duration is a whole number of seconds from 1 to 86400 (24 hours)";

/** A session duration the SDK sends: whole seconds, 1 to 86400 (the Network as Code limit). */
export const durationSchema = integer(DURATION_MESSAGE).check(
  z.minimum(1, { error: DURATION_MESSAGE }),
  z.maximum(86400, { error: DURATION_MESSAGE }),
);

/** A session duration as the contract allows it in responses: int32, at least 1. */
export const wireDurationSchema = integer("duration must be a whole number of seconds, at least 1").check(
  z.minimum(1, { error: "duration must be a whole number of seconds, at least 1" }),
  z.maximum(INT32_MAX, { error: "duration must fit in 32 bits" }),
);

/** Seconds to add to a session: whole seconds, at least 1 (providers cap the total themselves). */
export const extendSecondsSchema = integer("seconds to add must be a whole number, at least 1").check(
  z.minimum(1, { error: "seconds to add must be a whole number, at least 1" }),
  z.maximum(INT32_MAX, { error: "seconds to add must fit in 32 bits" }),
);

const PROFILE_NAME = /^[a-zA-Z0-9_.-]+$/;
const PROFILE_NAME_MESSAGE = "profile names are 3 to 256 characters of letters, digits, '_', '.' and '-'";

/** A QoS profile name as the wire allows it (any provider-defined name of the right shape). */
export const profileNameSchema = z
  .string({ error: PROFILE_NAME_MESSAGE })
  .check(
    z.minLength(3, { error: PROFILE_NAME_MESSAGE }),
    z.maxLength(256, { error: PROFILE_NAME_MESSAGE }),
    z.regex(PROFILE_NAME, { error: PROFILE_NAME_MESSAGE }),
  );

const knownNames: ReadonlySet<string> = new Set(knownQosProfiles.map((p) => p.name));

/** A QoS profile from the known catalogue. */
export const knownProfileSchema = z.string({ error: PROFILE_NAME_MESSAGE }).check(
  z.refine((v) => knownNames.has(v), {
    error: `unknown QoS profile: use one of ${[...knownNames].join(", ")}, or create the client with allowUnknownProfiles for provider-specific names`,
  }),
);

/** A session id: a UUID. */
export const sessionIdSchema = formattedString(
  isUuid,
  "session ids are UUIDs, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6",
);

/** An assignment id (QoS Provisioning): a UUID. */
export const assignmentIdSchema = formattedString(
  isUuid,
  "assignment ids are UUIDs, e.g. 7c1f9a2e-4b7d-4c55-9e0a-2f4d6b8a1c3e",
);

const TIMESTAMP_MESSAGE = "must be an RFC 3339 date-time with a time zone, e.g. 2026-11-21T10:00:00Z";

/** An RFC 3339 date-time with a time zone, as text. */
export const timestampSchema = formattedString(isRfc3339, TIMESTAMP_MESSAGE);

/** An RFC 3339 date-time with a time zone, parsed once into a Date (responses). */
export const timestampToDateSchema = z.pipe(
  z.string({ error: TIMESTAMP_MESSAGE }),
  z.transform((value, ctx) => {
    const date = parseRfc3339(value);
    if (date) return date;
    ctx.issues.push({ code: "custom", message: TIMESTAMP_MESSAGE, input: value });
    return z.NEVER;
  }),
);

/** The contract's pattern for `x-correlator`. */
export const CORRELATOR = /^[a-zA-Z0-9-_:;./<>{}]{0,256}$/;

/** An `x-correlator` value. */
export const correlatorSchema = z.string({ error: "correlators are text" }).check(
  z.regex(CORRELATOR, {
    error: "correlators are up to 256 characters of letters, digits and - _ : ; . / < > { }",
  }),
);
