import { errors } from "../domain/api-error.js";

/** Upper bounds on what callers can make the sandbox hold, so no client can grow it without end. */
export interface SandboxCaps {
  /** Devices registered (the seed's five included). @default 10000 */
  devices?: number;
  /** Minted tokens not yet expired. @default 10000 */
  tokens?: number;
  /** QoS profiles (the seed's 17 included). @default 1000 */
  profiles?: number;
  /** Injected faults waiting to be used. @default 1000 */
  faults?: number;
  /** Rate limits set (one per client id, plus one for all requests). @default 1000 */
  rateLimits?: number;
  /** Sessions of one device, of every API client, `UNAVAILABLE` ones not yet removed included. @default 1000 */
  sessionsPerDevice?: number;
  /** QoS Provisioning assignments of one device, `UNAVAILABLE` ones not yet removed included. @default 1000 */
  assignmentsPerDevice?: number;
}

export type ResolvedCaps = Readonly<Required<SandboxCaps>>;

export const DEFAULT_CAPS: ResolvedCaps = {
  devices: 10_000,
  tokens: 10_000,
  profiles: 1_000,
  faults: 1_000,
  rateLimits: 1_000,
  sessionsPerDevice: 1_000,
  assignmentsPerDevice: 1_000,
};

const WHAT: Record<keyof SandboxCaps, string> = {
  devices: "devices",
  tokens: "unexpired minted tokens",
  profiles: "QoS profiles",
  faults: "pending faults",
  rateLimits: "rate limits",
  sessionsPerDevice: "sessions for this device",
  assignmentsPerDevice: "QoS assignments for this device",
};

const HOW_TO_FREE: Record<keyof SandboxCaps, string> = {
  devices: "POST /sandbox/v1/reset",
  tokens: "let tokens expire or POST /sandbox/v1/reset",
  profiles: "POST /sandbox/v1/reset",
  faults: "DELETE /sandbox/v1/faults",
  rateLimits: "DELETE /sandbox/v1/limits",
  sessionsPerDevice: "delete sessions of the device",
  assignmentsPerDevice: "wait for revoked assignments of the device to be removed",
};

/** The caps in force: the defaults, overridden by the option's positive integers. */
export function resolveCaps(caps: SandboxCaps = {}): ResolvedCaps {
  const resolved = { ...DEFAULT_CAPS };
  for (const name of Object.keys(DEFAULT_CAPS) as (keyof SandboxCaps)[]) {
    const value = caps[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`caps.${name} must be a positive integer, got ${String(value)}`);
    resolved[name] = value;
  }
  return resolved;
}

/** `409 CONFLICT` naming the cap, its value and how to get room, when `count` more would not fit. */
export function checkCap(caps: ResolvedCaps, name: keyof SandboxCaps, count: number): void {
  const cap = caps[name];
  if (count < cap) return;
  throw errors.conflict(
    `The sandbox holds at most ${cap} ${WHAT[name]} (caps.${name}): ${HOW_TO_FREE[name]}, or raise the sandbox's caps.${name} option.`,
  );
}
