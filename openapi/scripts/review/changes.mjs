// Collects changes while specs are compared, and groups them so that one definition
// changed under several operations is one entry naming all of them.
import { severityOf } from "./severity.mjs";

/**
 * @typedef {object} Change
 * @property {string} kind
 * @property {import("./severity.mjs").Severity} severity
 * @property {string} pointer JSON pointer of the changed definition (prefixed by its file when shared)
 * @property {string[]} operations "METHOD /path" of every operation it touches
 * @property {unknown} before
 * @property {unknown} after
 * @property {string} message
 * @property {string} spec the spec file, relative to the reported folder
 */

const order = { breaking: 0, review: 1, "non-breaking": 2 };

export class ChangeLog {
  /** @type {Map<string, Omit<Change, "operations"> & {operations: Set<string>}>} */
  #byKey = new Map();

  /**
   * @param {{spec: string, kind: string, direction?: "request" | "response", pointer: string,
   *   operation?: string, before?: unknown, after?: unknown, message: string}} change
   */
  add({ spec, kind, direction = "request", pointer, operation, before = null, after = null, message }) {
    const severity = severityOf(kind, direction);
    const key = JSON.stringify([spec, kind, severity, pointer, before, after]);
    this.addKeyed(
      key,
      () => ({ kind, severity, pointer, operations: new Set(), before, after, message, spec }),
      operation,
    );
  }

  /** Adds under a key computed once by the caller (a shared schema's change, reported per operation). */
  addKeyed(key, create, operation) {
    let entry = this.#byKey.get(key);
    if (!entry) {
      entry = create();
      this.#byKey.set(key, entry);
    }
    if (operation) entry.operations.add(operation);
  }

  /** Breaking first, then review, then the rest; by spec and pointer within each. @returns {Change[]} */
  list() {
    return [...this.#byKey.values()]
      .map(({ kind, severity, pointer, operations, before, after, message, spec }) => ({
        kind,
        severity,
        pointer,
        operations: [...operations].sort(),
        before,
        after,
        message,
        spec,
      }))
      .sort(
        (a, b) =>
          order[a.severity] - order[b.severity] ||
          a.spec.localeCompare(b.spec) ||
          a.pointer.localeCompare(b.pointer) ||
          a.kind.localeCompare(b.kind),
      );
  }
}

/** Short printable form of a value for messages. */
export function show(value) {
  if (value === undefined || value === null) return "none";
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join(", ");
  return JSON.stringify(value);
}

/**
 * Walks two keyed collections: `removed` for keys only in `before`, `added` for keys only in
 * `after`, `both` for the rest.
 * @template T
 * @param {Map<string, T>} before @param {Map<string, T>} after
 * @param {{removed: (key: string, old: T) => void, added: (key: string, value: T) => void,
 *   both?: (key: string, old: T, value: T) => void}} handlers
 */
export function matchKeys(before, after, { removed, added, both }) {
  for (const [key, old] of before) if (!after.has(key)) removed(key, old);
  for (const [key, value] of after) {
    if (before.has(key)) both?.(key, before.get(key), value);
    else added(key, value);
  }
}
