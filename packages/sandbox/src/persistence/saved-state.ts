// The JSON state file of earlier releases: read once to import it into the state database.
import type { StoredToken } from "../auth/tokens.js";
import type { ActiveFault } from "../control/faults.js";
import type { RateLimit } from "../control/rate-limiter.js";
import type { DeviceRecord, ProfileRecord } from "../domain/types.js";
import type { StoredSession, StoredState } from "../storage/state-rows.js";

/** The recognisable header of a state file. */
export const STATE_FORMAT = "qod-sandbox-state";
export const STATE_VERSION = 1;

/** Everything the sandbox held, as the JSON state file had it. */
export interface SavedState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  savedAt: string;
  /** Sandbox time and the wall-clock time it was saved at (ms), so a realtime clock continues. */
  clock: { now: number; wall: number };
  devices: DeviceRecord[];
  profiles: ProfileRecord[];
  sessions: StoredSession[];
  tokens: StoredToken[];
  faults: ActiveFault[];
  limits: RateLimit[];
}

/** The JSON file's content in the database's shapes (it had no pending notifications). */
export function toStoredState(saved: SavedState): StoredState {
  const { clock, devices, profiles, sessions, tokens, faults, limits } = saved;
  return { clock, devices, profiles, sessions, assignments: [], tokens, faults, limits, outbox: [] };
}
