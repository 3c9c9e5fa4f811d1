import { PROFILES_VERSIONS, PROVISIONING_VERSION, QOD_VERSIONS } from "../api/versions.js";
import type { PendingChanges } from "../storage/pending-changes.js";
import { type CompiledGlob, compileGlob, MAX_MATCHED_PATH_LENGTH, matchGlob } from "./glob.js";

/** A fault to inject into the next matching API requests (control API `POST /faults`). */
export interface FaultSpec {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Path to match, `*` matching anything; with or without the API's base path. Any when absent. */
  path?: string;
  /** Answer with this status (400–599) and an error body. */
  status?: number;
  /** Delay before answering, in ms of real time. */
  latencyMs?: number;
  /** Drop the connection instead of answering. */
  reset?: boolean;
  /** `Retry-After` seconds sent with the status. */
  retryAfter?: number;
  /** How many requests it applies to. @default 1 */
  count?: number;
}

/** A fault with how many uses it has left. */
export interface ActiveFault extends FaultSpec {
  remaining: number;
}

// Every served API's base path, longest first, so `/sessions/*` matches on every version.
const API_BASES = [...QOD_VERSIONS, ...PROFILES_VERSIONS, PROVISIONING_VERSION]
  .map((version) => version.base)
  .sort((a, b) => b.length - a.length);

function withoutApiBase(pathname: string): string {
  const base = API_BASES.find((candidate) => pathname.startsWith(`${candidate}/`));
  return base === undefined ? pathname : pathname.slice(base.length);
}

function pathMatches(glob: CompiledGlob, pathname: string, short: string): boolean {
  if (pathname.length > MAX_MATCHED_PATH_LENGTH) return false;
  return matchGlob(glob, pathname) || (short !== pathname && matchGlob(glob, short));
}

/** Injected faults, consumed in the order they were added. */
export class FaultInjector {
  #faults: { fault: ActiveFault; path: CompiledGlob | undefined }[] = [];
  #changes: PendingChanges;

  constructor(changes: PendingChanges) {
    this.#changes = changes;
  }

  get size(): number {
    return this.#faults.length;
  }

  /** Adds a fault; returns it as `list()` shows it. */
  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, remaining: spec.count ?? 1 };
    this.#push(fault);
    this.#changes.faults = true;
    return { ...fault };
  }

  clear(): void {
    this.#faults = [];
    this.#changes.faults = true;
  }

  /** Replaces every fault with stored ones. */
  load(faults: readonly ActiveFault[]): void {
    this.#faults = [];
    for (const fault of faults) this.#push({ ...fault });
  }

  #push(fault: ActiveFault): void {
    this.#faults.push({ fault, path: fault.path === undefined ? undefined : compileGlob(fault.path) });
  }

  list(): ActiveFault[] {
    return this.#faults.map(({ fault }) => ({ ...fault }));
  }

  /** The first fault matching the request, with one use consumed; undefined when none. */
  take(method: string, pathname: string): ActiveFault | undefined {
    if (this.#faults.length === 0) return undefined;
    const short = withoutApiBase(pathname);
    const index = this.#faults.findIndex(
      ({ fault, path }) =>
        (fault.method === undefined || fault.method.toUpperCase() === method) &&
        (path === undefined || pathMatches(path, pathname, short)),
    );
    const entry = this.#faults[index];
    if (!entry) return undefined;
    entry.fault.remaining--;
    this.#changes.faults = true;
    if (entry.fault.remaining <= 0) this.#faults.splice(index, 1);
    return entry.fault;
  }
}
