// The body of POST /v1/leases. The session part (device, profile, addresses, ports) is checked
// with the SDK's validators, so an app gets the same field-named messages the SDK gives.
import * as z from "zod";
import { fieldIssues } from "../config/config-error.js";
import { checkSessionInput, type SessionInput } from "../config/session-input.js";
import type { SessionSpec } from "../model/session-spec.js";
import type { FieldIssue } from "./problem.js";

const leaseBodySchema = z.strictObject(
  {
    device: z.unknown(),
    profile: z.unknown(),
    serviceIpv4: z.unknown().optional(),
    serviceIpv6: z.unknown().optional(),
    ports: z
      .strictObject(
        { service: z.unknown().optional(), device: z.unknown().optional() },
        { error: "ports is {service?: {ports, ranges}, device?: {ports, ranges}}" },
      )
      .optional(),
    ttlSeconds: z.int("ttlSeconds is a whole number of seconds").min(1, "ttlSeconds is at least 1"),
    holder: z
      .string("holder names the app holding the lease")
      .min(1, "holder must not be empty")
      .max(128, "holder is at most 128 characters"),
  },
  { error: "the body is a JSON object: {device, profile, serviceIpv4, ttlSeconds, holder, ...}" },
);

/** A checked lease request. */
export interface LeaseRequest {
  spec: SessionSpec;
  ttlSeconds: number;
  holder: string;
}

export function parseLeaseRequest(
  body: unknown,
  allowUnknownProfiles: boolean,
): { ok: true; value: LeaseRequest } | { ok: false; issues: FieldIssue[] } {
  // Both checks run whatever the other found, so one answer lists every bad field.
  const parsed = leaseBodySchema.safeParse(body);
  const issues: FieldIssue[] = parsed.success ? [] : fieldIssues(parsed.error.issues, body);
  const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
  const checked = isObject ? checkSessionInput(body as SessionInput, { allowUnknownProfiles }) : undefined;
  if (checked && !checked.ok) {
    const seen = new Set(issues.map((i) => i.path));
    issues.push(...checked.issues.filter((i) => !seen.has(i.path)));
  }
  if (!parsed.success || !checked?.ok) return { ok: false, issues };
  return { ok: true, value: { spec: checked.spec, ttlSeconds: parsed.data.ttlSeconds, holder: parsed.data.holder } };
}

/** `POST /v1/leases/{id}/renew` takes an optional new TTL. */
export const renewBodySchema = z
  .strictObject({
    ttlSeconds: z.int("ttlSeconds is a whole number of seconds").min(1, "ttlSeconds is at least 1").optional(),
  })
  .prefault({});
