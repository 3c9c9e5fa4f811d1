import type { ChangeBatch } from "../events/change-feed.js";
import type { PendingChanges } from "./pending-changes.js";
import type { StateStore } from "./sqlite-store.js";
import type { StateWrite, StoredState } from "./state-rows.js";

/** What the runner needs from the sandbox around each transaction. */
export interface TransactionHooks {
  /** Replaces every cache with the stored state (another process wrote, or a failed write dirtied them). */
  load(state: StoredState): void;
  /** Runs first in every transaction, on fresh caches (fires due events: call `requireWrite` first). */
  prepare(): void;
  /** The rows to write for what the transaction changed. */
  collect(changes: PendingChanges): StateWrite;
  /** After the transaction ended, with what it committed, if anything. */
  after(batch: ChangeBatch | undefined): void;
}

/** The state database is locked by another process beyond the busy timeout. */
export class StateBusyError extends Error {
  constructor() {
    super("the sandbox state is locked by another process; try again");
    this.name = "StateBusyError";
  }
}

// Thrown inside a reading transaction that turns out to need the write lock; it is re-run as a writing one.
class NeedsWrite extends Error {}

/**
 * One transaction per request: the caches are checked against the database's revision at the
 * start of each one (and reloaded when another process committed meanwhile), the work runs on
 * them, and the rows it changed are written before the commit. A failed transaction rolls back
 * the database and marks the caches stale, so they are reloaded rather than trusted.
 */
export class TransactionRunner {
  #store: StateStore;
  #changes: PendingChanges;
  #hooks: TransactionHooks;
  #loaded = -1;
  #current: "read" | "write" | undefined;
  // Another process's commit was loaded and subscribers have not been told yet.
  #reloadUnpublished = false;

  constructor(store: StateStore, changes: PendingChanges, hooks: TransactionHooks) {
    this.#store = store;
    this.#changes = changes;
    this.#hooks = hooks;
  }

  /** The revision the caches hold. */
  get revision(): number {
    return this.#loaded;
  }

  /** Runs `work` in a transaction, or inside the current one when nested. */
  run<T>(write: boolean, work: () => T): T {
    if (this.#current !== undefined) {
      if (write) this.requireWrite();
      return work();
    }
    if (!write && this.#cachesAreCurrent()) {
      try {
        return this.#readCaches(work);
      } catch (error) {
        if (!(error instanceof NeedsWrite)) throw error;
        write = true;
      }
    }
    let batch: ChangeBatch | undefined;
    let result: T;
    try {
      ({ result, batch } = this.#attempt(write, work));
    } catch (error) {
      if (!(error instanceof NeedsWrite)) throw error;
      ({ result, batch } = this.#attempt(true, work));
    }
    this.#hooks.after(batch);
    return result;
  }

  // A read needs no transaction while nobody else committed: the caches are the state. The
  // check is SQLite's per-connection data_version, which moves only with other connections' commits.
  #cachesAreCurrent(): boolean {
    if (this.#loaded === -1 || this.#reloadUnpublished) return false;
    return !(this.#store.shared && this.#store.changedElsewhere());
  }

  #readCaches<T>(work: () => T): T {
    this.#current = "read";
    try {
      this.#hooks.prepare();
      const result = work();
      if (!this.#changes.empty) {
        this.#loaded = -1;
        throw new NeedsWrite();
      }
      return result;
    } finally {
      this.#current = undefined;
    }
  }

  /** Call before changing state: a reading transaction is then re-run as a writing one. */
  requireWrite(): void {
    if (this.#current === "read") throw new NeedsWrite();
  }

  #attempt<T>(write: boolean, work: () => T): { result: T; batch: ChangeBatch | undefined } {
    this.#current = write ? "write" : "read";
    try {
      return this.#store.transaction(write, () => {
        const revision = this.#store.revision();
        if (revision !== this.#loaded) {
          this.#hooks.load(this.#store.load());
          if (this.#loaded !== -1) this.#reloadUnpublished = true;
          this.#loaded = revision;
        }
        this.#hooks.prepare();
        const result = work();
        if (this.#changes.empty) {
          if (!this.#reloadUnpublished) return { result, batch: undefined };
          this.#reloadUnpublished = false;
          return { result, batch: { revision, reload: true, changes: [] } };
        }
        this.requireWrite();
        const reload = this.#reloadUnpublished || this.#changes.reset;
        const changes = this.#changes.toChanges();
        this.#loaded = this.#store.save(this.#hooks.collect(this.#changes));
        this.#reloadUnpublished = false;
        return { result, batch: { revision: this.#loaded, reload, changes } };
      });
    } catch (error) {
      // The caches may hold changes the database just rolled back.
      if (!this.#changes.empty) this.#loaded = -1;
      if ((error as { code?: string }).code === "SQLITE_BUSY") throw new StateBusyError();
      throw error;
    } finally {
      this.#changes.clear();
      this.#current = undefined;
    }
  }
}
