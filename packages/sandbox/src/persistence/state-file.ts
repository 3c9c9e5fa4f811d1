import { readFileSync } from "node:fs";
import { type SavedState, STATE_FORMAT, STATE_VERSION } from "./saved-state.js";

/** A state file the sandbox refuses to use; the file is left as it was. */
export class StateFileError extends Error {
  readonly path: string;

  constructor(path: string, reason: string) {
    super(
      `${path} ${reason}; refusing to use it. The file was left untouched: move it away or choose another stateFile.`,
    );
    this.name = "StateFileError";
    this.path = path;
  }
}

const LISTS = ["devices", "profiles", "sessions", "tokens", "faults", "limits"] as const;

/** Reads a JSON state file of earlier releases; undefined when it does not exist. */
export function readStateFile(path: string): SavedState | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new StateFileError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StateFileError(path, "is not a QoD sandbox state file (not JSON)");
  }
  const state = data as Partial<SavedState> | null;
  if (state === null || typeof state !== "object" || state.format !== STATE_FORMAT)
    throw new StateFileError(path, `is not a QoD sandbox state file (no "format": "${STATE_FORMAT}" header)`);
  if (state.version !== STATE_VERSION)
    throw new StateFileError(
      path,
      `has state format version ${String(state.version)}, and this sandbox reads version ${STATE_VERSION}`,
    );
  const missing = LISTS.find((key) => !Array.isArray(state[key]));
  if (missing) throw new StateFileError(path, `is corrupt ("${missing}" is not a list)`);
  if (typeof state.clock?.now !== "number" || typeof state.clock.wall !== "number")
    throw new StateFileError(path, 'is corrupt ("clock" is malformed)');
  return state as SavedState;
}
