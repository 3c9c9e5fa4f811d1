import type { StoredToken } from "../auth/tokens.js";
import type { ActiveFault } from "../control/faults.js";
import type { RateLimit } from "../control/rate-limiter.js";
import type { SandboxCore } from "../core.js";
import { toFlow } from "../domain/flows.js";
import type { DeviceRecord, ProfileRecord, SessionRecord } from "../domain/types.js";

/** The recognisable header of a state file. */
export const STATE_FORMAT = "qod-sandbox-state";
export const STATE_VERSION = 1;

export type SavedSession = Omit<SessionRecord, "flow" | "task">;

/** Everything the sandbox holds, as written to the state file. */
export interface SavedState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  savedAt: string;
  /** Sandbox time and the wall-clock time it was saved at (ms), so a realtime clock continues. */
  clock: { now: number; wall: number };
  devices: DeviceRecord[];
  profiles: ProfileRecord[];
  sessions: SavedSession[];
  tokens: StoredToken[];
  faults: ActiveFault[];
  limits: RateLimit[];
}

export function capture(core: SandboxCore, wallNow: number): SavedState {
  const sessions: SavedSession[] = [];
  for (const { flow: _flow, task: _task, ...saved } of core.sessions.all()) sessions.push(saved);
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: new Date(wallNow).toISOString(),
    clock: { now: core.clock.nowMs(), wall: wallNow },
    devices: core.devices.all(),
    profiles: core.profiles.all(),
    sessions,
    tokens: core.tokens.stored(),
    faults: core.faults.list(),
    limits: core.limiter.list(),
  };
}

/** Loads saved state into an empty core and re-creates the scheduled events from it. */
export function restore(core: SandboxCore, saved: SavedState, wallNow: number): void {
  core.clock.set(core.clock.realtime ? saved.clock.now + (wallNow - saved.clock.wall) : saved.clock.now);
  for (const record of saved.devices) core.devices.add(record, record.id);
  for (const profile of saved.profiles) core.profiles.put(profile);
  core.tokens.load(saved.tokens);
  for (const fault of saved.faults) core.faults.add({ ...fault, count: fault.remaining });
  for (const limit of saved.limits) core.limiter.set(limit);
  for (const session of saved.sessions)
    core.sessions.restore({
      ...session,
      flow: toFlow(session.applicationServer, session.devicePorts, session.applicationServerPorts),
      task: undefined,
    });
}
