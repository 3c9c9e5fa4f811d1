// The daemon's durable state, kept as a journal of small facts: "about to create a session for
// key K (intent I)", "intent I is session S", "intent I is gone", and the leases apps hold.
// Replaying the journal rebuilds the maps below; compaction rewrites them as a snapshot.
import { join } from "node:path";
import type { Clock } from "@qod/sdk";
import { backoffDelay } from "@qod/sdk";
import { daemonSystemClock } from "../time/system-clock.js";
import { Journal, JournalError } from "./journal.js";
import { loadOrCreateSecret } from "./secrets.js";
import type { OwnedSession, SharedSecret, Store, StoredLease } from "./store.js";

export type { OwnedSession, StoredLease } from "./store.js";

type Entry =
  | ({ op: "intent" } & OwnedSession)
  | { op: "created"; intent: string; sessionId: string }
  | { op: "gone"; intent: string }
  | ({ op: "lease" } & StoredLease)
  | { op: "renew"; id: string; expiresAt: number }
  | { op: "release"; id: string }
  | { op: "done"; key: string }
  | { op: "undone"; key: string };

/** Options for StateStore.open. */
export interface StateStoreOptions {
  /** The state directory (created 0700 when missing). */
  dir: string;
  /** Compact when the journal holds this many entries more than the live state. @default 5000 */
  compactSlack?: number;
  /** Timers for retrying a failed journal. @default the system's */
  clock?: Clock;
  /** Told when the journal fails (with the reason) and when it works again (undefined). */
  onFault?: (reason: string | undefined) => void;
}

export class StateStore implements Store {
  readonly #journal: Journal;
  readonly #dir: string;
  readonly #clock: Clock;
  readonly #onFault: (reason: string | undefined) => void;
  #cancelRetry: (() => void) | undefined;
  #attempts = 0;
  #recovering: Promise<void> | undefined;
  readonly #slack: number;
  readonly #sessions = new Map<string, OwnedSession>();
  readonly #leases = new Map<string, StoredLease>();
  readonly #done = new Set<string>();
  #compacting = false;
  /** True when the last line of the journal was torn by a crash and dropped at open. */
  readonly recoveredTornTail: boolean;

  private constructor(journal: Journal, slack: number, tornTail: boolean, options: StateStoreOptions) {
    this.#journal = journal;
    this.#dir = options.dir;
    this.#clock = options.clock ?? daemonSystemClock;
    this.#onFault = options.onFault ?? (() => undefined);
    journal.onFault = (error) => {
      this.#onFault(error.message);
      this.#scheduleRecovery();
    };
    this.#slack = slack;
    this.recoveredTornTail = tornTail;
  }

  static async open(options: StateStoreOptions): Promise<StateStore> {
    const { journal, contents } = await Journal.open(join(options.dir, "journal.jsonl"));
    const store = new StateStore(journal, options.compactSlack ?? 5000, contents.tornTail, options);
    contents.entries.forEach((entry, i) => {
      if (!store.#apply(entry as Entry)) {
        throw new JournalError(`journal entry ${i + 1} is not understood: ${JSON.stringify(entry).slice(0, 80)}`);
      }
    });
    return store;
  }

  /** Sessions the daemon created or was about to create, by intent id. */
  get sessions(): ReadonlyMap<string, OwnedSession> {
    return this.#sessions;
  }

  get leases(): ReadonlyMap<string, StoredLease> {
    return this.#leases;
  }

  /** Keys of declared finite sessions that ran their full duration. */
  get done(): ReadonlySet<string> {
    return this.#done;
  }

  /** Resolves when a recovery attempt in flight has finished (tests drive time with this). */
  async settled(): Promise<void> {
    await this.#recovering;
  }

  get fault(): string | undefined {
    return this.#journal.fault?.message;
  }

  secret(name: SharedSecret): Promise<string> {
    return loadOrCreateSecret(this.#dir, name);
  }

  recordIntent(session: Omit<OwnedSession, "sessionId">): Promise<void> {
    return this.#write({ op: "intent", ...session });
  }

  recordCreated(intent: string, sessionId: string): Promise<void> {
    return this.#write({ op: "created", intent, sessionId });
  }

  recordGone(intent: string): Promise<void> {
    return this.#write({ op: "gone", intent });
  }

  recordLease(lease: StoredLease): Promise<void> {
    return this.#write({ op: "lease", ...lease });
  }

  recordRenewal(id: string, expiresAt: number): Promise<void> {
    return this.#write({ op: "renew", id, expiresAt });
  }

  recordRelease(id: string): Promise<void> {
    return this.#write({ op: "release", id });
  }

  recordDone(key: string, done: boolean): Promise<void> {
    return this.#write(done ? { op: "done", key } : { op: "undone", key });
  }

  /** Writes a snapshot of the live state now (also done automatically as the journal grows). */
  compact(): Promise<void> {
    return this.#journal.compact(this.#snapshot());
  }

  close(): Promise<void> {
    this.#cancelRetry?.();
    return this.#journal.close();
  }

  // Retries with backoff until a whole snapshot is on disk again (space freed, folder writable).
  #scheduleRecovery(): void {
    if (this.#cancelRetry !== undefined) return;
    this.#attempts++;
    this.#cancelRetry = this.#clock.schedule(backoffDelay(this.#attempts, { baseMs: 250, maxMs: 5000 }), () => {
      this.#cancelRetry = undefined;
      this.#recovering = this.#journal
        .recover(this.#snapshot())
        .then(
          () => {
            this.#attempts = 0;
            this.#onFault(undefined);
          },
          () => this.#scheduleRecovery(),
        )
        .finally(() => {
          this.#recovering = undefined;
        });
    });
  }

  // The in-memory state changes at once; the promise says when the change is durable.
  async #write(entry: Entry): Promise<void> {
    this.#apply(entry);
    const written = this.#journal.append(entry);
    const live = this.#sessions.size + this.#leases.size + this.#done.size;
    if (!this.#compacting && this.#journal.lines > live + this.#slack) {
      this.#compacting = true;
      this.#journal
        .compact(this.#snapshot())
        .catch(() => undefined)
        .finally(() => {
          this.#compacting = false;
        });
    }
    await written;
  }

  #snapshot(): Entry[] {
    return [
      ...[...this.#sessions.values()].map((s): Entry => ({ op: "intent", ...s })),
      ...[...this.#leases.values()].map((l): Entry => ({ op: "lease", ...l })),
      ...[...this.#done].map((key): Entry => ({ op: "done", key })),
    ];
  }

  #apply(entry: Entry): boolean {
    switch (entry?.op) {
      case "intent": {
        const { op: _op, ...session } = entry;
        this.#sessions.set(session.intent, session);
        return true;
      }
      case "created": {
        const session = this.#sessions.get(entry.intent);
        if (session) session.sessionId = entry.sessionId;
        return true;
      }
      case "gone":
        this.#sessions.delete(entry.intent);
        return true;
      case "lease": {
        const { op: _op, ...lease } = entry;
        this.#leases.set(lease.id, lease);
        return true;
      }
      case "renew": {
        const lease = this.#leases.get(entry.id);
        if (lease) lease.expiresAt = entry.expiresAt;
        return true;
      }
      case "release":
        this.#leases.delete(entry.id);
        return true;
      case "done":
        this.#done.add(entry.key);
        return true;
      case "undone":
        this.#done.delete(entry.key);
        return true;
      default:
        return false;
    }
  }
}
