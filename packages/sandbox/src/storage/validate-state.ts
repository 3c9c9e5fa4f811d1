import { LARGEST_DATE_MS } from "../scheduling/time-range.js";
import type { StoredState } from "./state-rows.js";

const QOS_STATUSES = new Set(["REQUESTED", "AVAILABLE", "UNAVAILABLE"]);
const PROFILE_STATUSES = new Set(["ACTIVE", "INACTIVE", "DEPRECATED"]);
const IDENTIFIERS = ["phoneNumber", "networkAccessIdentifier", "ipv4Address", "ipv6Address"];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= LARGEST_DATE_MS;
const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/** Why a row is impossible, or undefined when it is fine. Each check names the field. */
type Check = (row: Record<string, unknown>) => string | undefined;

function firstProblem(row: unknown, checks: readonly Check[]): string | undefined {
  if (!isObject(row)) return "is not an object";
  for (const check of checks) {
    const problem = check(row);
    if (problem) return problem;
  }
  return undefined;
}

const optionalTime =
  (field: string): Check =>
  (row) =>
    row[field] === undefined || isTime(row[field]) ? undefined : `${field} is not a time a Date can hold`;

const deviceChecks: Check[] = [
  (row) => (typeof row.id === "string" && /^device-[1-9]\d{0,8}$/.test(row.id) ? undefined : "id is not device-N"),
  (row) =>
    isObject(row.device) && IDENTIFIERS.some((key) => (row.device as Record<string, unknown>)[key] !== undefined)
      ? undefined
      : "device has no identifier",
  (row) => (typeof row.eligible === "boolean" ? undefined : "eligible is not a boolean"),
  (row) => (Array.isArray(row.supportedIdentifiers) ? undefined : "supportedIdentifiers is not a list"),
];

const profileChecks: Check[] = [
  (row) => (typeof row.name === "string" && row.name.length > 0 ? undefined : "name is missing"),
  (row) => (PROFILE_STATUSES.has(row.status as string) ? undefined : `status ${String(row.status)} is unknown`),
  (row) => (isCount(row.minDuration) ? undefined : "minDuration is not a whole number >= 0"),
  (row) => (isCount(row.maxDuration) ? undefined : "maxDuration is not a whole number >= 0"),
  (row) => ((row.minDuration as number) <= (row.maxDuration as number) ? undefined : "minDuration exceeds maxDuration"),
];

const sessionChecks = (devices: ReadonlySet<string>): Check[] => [
  (row) => (typeof row.id === "string" && row.id.length > 0 ? undefined : "id is missing"),
  (row) => (typeof row.clientId === "string" ? undefined : "clientId is missing"),
  (row) => (devices.has(row.deviceId as string) ? undefined : `deviceId ${String(row.deviceId)} is not a known device`),
  (row) => (typeof row.qosProfile === "string" ? undefined : "qosProfile is missing"),
  (row) => (isObject(row.applicationServer) ? undefined : "applicationServer is missing"),
  (row) =>
    isCount(row.duration) && (row.duration as number) > 0 ? undefined : `duration ${String(row.duration)} is not > 0`,
  (row) => (QOS_STATUSES.has(row.status as string) ? undefined : `status ${String(row.status)} is unknown`),
  (row) => (isTime(row.createdAt) ? undefined : "createdAt is not a time a Date can hold"),
  optionalTime("startedAt"),
  optionalTime("endedAt"),
  (row) =>
    row.status !== "AVAILABLE" || isTime((row.startedAt as number) + (row.duration as number) * 1000)
      ? undefined
      : "startedAt + duration is beyond what a Date can hold",
];

const ASSIGNMENT_INFOS = new Set([undefined, "NETWORK_TERMINATED", "DELETE_REQUESTED"]);

const assignmentChecks = (devices: ReadonlySet<string>): Check[] => [
  (row) => (typeof row.id === "string" && row.id.length > 0 ? undefined : "id is missing"),
  (row) => (typeof row.clientId === "string" ? undefined : "clientId is missing"),
  (row) => (devices.has(row.deviceId as string) ? undefined : `deviceId ${String(row.deviceId)} is not a known device`),
  (row) => (typeof row.qosProfile === "string" ? undefined : "qosProfile is missing"),
  (row) => (QOS_STATUSES.has(row.status as string) ? undefined : `status ${String(row.status)} is unknown`),
  (row) =>
    ASSIGNMENT_INFOS.has(row.statusInfo as string) ? undefined : `statusInfo ${String(row.statusInfo)} is unknown`,
  (row) => (isTime(row.createdAt) ? undefined : "createdAt is not a time a Date can hold"),
  optionalTime("startedAt"),
  optionalTime("endedAt"),
];

const tokenChecks: Check[] = [
  (row) => (typeof row.hash === "string" && row.hash.length > 0 ? undefined : "hash is missing"),
  (row) => (typeof row.clientId === "string" ? undefined : "clientId is missing"),
  (row) => (Array.isArray(row.scopes) ? undefined : "scopes is not a list"),
  (row) => (row.expiresAt === null || isTime(row.expiresAt) ? undefined : "expiresAt is not a time a Date can hold"),
];

const faultChecks: Check[] = [
  (row) => (isCount(row.remaining) && (row.remaining as number) > 0 ? undefined : "remaining is not > 0"),
];

const limitChecks: Check[] = [
  (row) =>
    isCount(row.requestsPerSecond) && (row.requestsPerSecond as number) > 0
      ? undefined
      : "requestsPerSecond is not > 0",
];

const jobChecks: Check[] = [
  (row) => (typeof row.eventId === "string" ? undefined : "eventId is missing"),
  (row) => (typeof row.sink === "string" ? undefined : "sink is missing"),
  (row) => (isTime(row.dueAt) ? undefined : "dueAt is not a time a Date can hold"),
  (row) => (isCount(row.attempt) ? undefined : "attempt is not a whole number >= 0"),
];

/**
 * Refuses impossible state before it reaches the caches: the message names the table, the
 * row and the field, e.g. `sessions row "3f2…": duration -5 is not > 0`.
 */
export function stateProblem(state: StoredState): string | undefined {
  if (state.clock && (!isTime(state.clock.now) || !isTime(state.clock.wall)))
    return "the clock is outside what a Date can hold";
  const tables: [string, readonly unknown[], readonly Check[], (row: Record<string, unknown>, i: number) => string][] =
    [
      ["devices", state.devices, deviceChecks, (row, i) => String(row.id ?? i)],
      ["profiles", state.profiles, profileChecks, (row, i) => String(row.name ?? i)],
      [
        "sessions",
        state.sessions,
        sessionChecks(new Set(state.devices.map((d) => d.id))),
        (row, i) => String(row.id ?? i),
      ],
      [
        "assignments",
        state.assignments,
        assignmentChecks(new Set(state.devices.map((d) => d.id))),
        (row, i) => String(row.id ?? i),
      ],
      ["tokens", state.tokens, tokenChecks, (_row, i) => `#${i + 1}`],
      ["faults", state.faults, faultChecks, (_row, i) => `#${i + 1}`],
      ["limits", state.limits, limitChecks, (row, i) => String(row.clientId ?? `#${i + 1}`)],
      ["outbox", state.outbox, jobChecks, (row, i) => String(row.eventId ?? i)],
    ];
  for (const [table, rows, checks, name] of tables) {
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      const problem = firstProblem(row, checks);
      const key = isObject(row) ? name(row, i) : `#${i + 1}`;
      if (problem) return `${table} row "${key}": ${problem}`;
      if (seen.has(key)) return `${table} row "${key}": duplicate id`;
      seen.add(key);
    }
  }
  return undefined;
}
