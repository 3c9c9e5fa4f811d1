import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { toStoredState } from "../persistence/saved-state.js";
import { readStateFile, StateFileError } from "../persistence/state-file.js";
import { SchemaError } from "./schema.js";
import { openSqliteStore, type SqliteStoreOptions, type StateStore } from "./sqlite-store.js";
import type { StoredState } from "./state-rows.js";
import { stateProblem } from "./validate-state.js";

/** The opened state, and a JSON state of earlier releases to import when the database is new. */
export interface OpenedState {
  store: StateStore;
  path: string | undefined;
  legacy: { path: string; state: StoredState } | undefined;
}

const SQLITE_HEADER = "SQLite format 3\u0000";

function startsWithSqliteHeader(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === 0 || header.toString("latin1") === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function openFile(path: string, options: SqliteStoreOptions): StateStore {
  try {
    return openSqliteStore(path, options);
  } catch (error) {
    if (error instanceof SchemaError) throw new StateFileError(path, error.message);
    const code = (error as { code?: string }).code ?? "error";
    throw new StateFileError(path, `cannot be opened as a database (${code}: ${(error as Error).message})`);
  }
}

/**
 * Opens the state database: in memory without a file; the file itself when it is a database
 * or does not exist yet. A JSON state file of earlier releases is imported once into a
 * database beside it (`state.json` → `state.db`) and then left alone.
 */
export function openState(stateFile: string | undefined, options: SqliteStoreOptions): OpenedState {
  if (stateFile === undefined)
    return { store: openSqliteStore(":memory:", options), path: undefined, legacy: undefined };
  if (!existsSync(stateFile) || startsWithSqliteHeader(stateFile))
    return { store: openFile(stateFile, options), path: stateFile, legacy: undefined };
  // Checked before the database is created: a refused file leaves nothing behind.
  const state = toStoredState(readStateFile(stateFile) as NonNullable<ReturnType<typeof readStateFile>>);
  const problem = stateProblem(state);
  if (problem) throw new StateFileError(stateFile, `is corrupt (${problem})`);
  const path = `${stateFile.replace(/\.json$/i, "")}.db`;
  return { store: openFile(path, options), path, legacy: { path: stateFile, state } };
}
