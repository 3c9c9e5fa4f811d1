import { Authenticator } from "./auth/authenticator.js";
import { TokenStore } from "./auth/tokens.js";
import { type ResolvedCaps, resolveCaps } from "./control/caps.js";
import { FaultInjector } from "./control/faults.js";
import { RateLimiter } from "./control/rate-limiter.js";
import { AssignmentService } from "./domain/assignments.js";
import { DeviceRegistry } from "./domain/devices.js";
import { ProfileStore } from "./domain/profiles.js";
import { DEV_TOKEN, SEED_DEVICES, seedProfiles } from "./domain/seed.js";
import { SessionService } from "./domain/sessions.js";
import { ChangeFeed } from "./events/change-feed.js";
import { SESSION_EVENT_HISTORY } from "./events/session-events.js";
import { consoleLogger, type SandboxLogger, silentLogger } from "./logger.js";
import { assignmentChangedEvent, statusChangedEvent } from "./notifications/cloud-event.js";
import { Notifier } from "./notifications/notifier.js";
import { HttpsTransport } from "./notifications/transport.js";
import type { SandboxOptions } from "./options.js";
import { StateFileError } from "./persistence/state-file.js";
import { SandboxClock } from "./scheduling/clock.js";
import { collectWrite } from "./storage/collect-write.js";
import { openState } from "./storage/open-state.js";
import { PendingChanges } from "./storage/pending-changes.js";
import type { StateStore } from "./storage/sqlite-store.js";
import type { StoredState } from "./storage/state-rows.js";
import { TransactionRunner } from "./storage/transaction-runner.js";
import { stateProblem } from "./storage/validate-state.js";
import { RequestValidators } from "./validation/request-validators.js";

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Everything the sandbox holds, wired together; the HTTP layer and the control API work on it.
 * The services are caches of the state database: every read and write goes through
 * `transact`, which brings them up to date first and writes what changed before committing.
 */
export class SandboxCore {
  readonly changes = new PendingChanges();
  readonly feed = new ChangeFeed();
  readonly clock: SandboxClock;
  readonly devices = new DeviceRegistry(this.changes);
  readonly profiles = new ProfileStore(this.changes);
  readonly tokens = new TokenStore(this.changes);
  readonly faults = new FaultInjector(this.changes);
  readonly limiter: RateLimiter;
  readonly sessions: SessionService;
  readonly assignments: AssignmentService;
  /** Whether PRIVATE_KEY_JWT sink credentials are accepted (QoD 1.2, QoS Provisioning). */
  readonly privateKeyJwtSinks: boolean;
  readonly notifier: Notifier;
  readonly auth: Authenticator;
  readonly validators: RequestValidators;
  readonly logger: SandboxLogger;
  readonly maxBodyBytes: number;
  readonly devToken: string | false;
  readonly adminToken: string | undefined;
  readonly sleep: (ms: number) => Promise<void>;
  readonly caps: ResolvedCaps;
  readonly store: StateStore;
  /** The state database's file; undefined in memory. */
  readonly statePath: string | undefined;
  /** The URL the sandbox listens on, once it does. */
  listeningUrl: string | undefined;
  /** True when listening beyond loopback: the control API then needs the admin token. */
  exposed = false;
  #transactions: TransactionRunner;
  #clockStart: number | undefined;
  #publicUrl: string | undefined;
  #watcher: NodeJS.Timeout | undefined;

  constructor(options: SandboxOptions) {
    this.caps = resolveCaps(options.caps);
    this.logger = options.logger === false ? silentLogger : (options.logger ?? consoleLogger);
    const wallClock = options.clock?.wallClock ?? Date.now;
    this.clock = new SandboxClock(options.clock, this.changes);
    this.#clockStart = options.clock?.start === undefined ? undefined : this.clock.nowMs();
    this.limiter = new RateLimiter(wallClock, this.changes);
    this.maxBodyBytes = options.maxBodyBytes ?? 65_536;
    this.devToken = options.devToken ?? DEV_TOKEN;
    this.adminToken = options.adminToken;
    this.#publicUrl = options.publicUrl;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const n = options.notifications ?? {};
    const timeoutMs = n.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.notifier = new Notifier({
      clock: this.clock,
      transport: n.transport ?? new HttpsTransport({ ...(n.ca === undefined ? {} : { ca: n.ca }), timeoutMs }),
      retryDelaysSeconds: n.retryDelaysSeconds ?? [1, 2, 4, 8, 16],
      baseUrl: () => this.#publicUrl ?? this.listeningUrl ?? "http://localhost",
      logger: this.logger,
      deliver: n.deliver ?? true,
      claimMs: timeoutMs + 5_000,
      wallClock,
      changes: this.changes,
      transact: (work) => this.transact(true, work),
      sinkGone: (job) => {
        if (job.subject === "assignment") return this.assignments.markSinkGone(job.sessionId);
        const session = this.sessions.get(job.sessionId);
        if (!session) return;
        session.sinkGone = true;
        this.changes.sessions.add(session.id);
      },
    });
    const activationDelayMs = Math.round((options.activationDelaySeconds ?? 1) * 1000);
    const retentionMs = Math.round((options.retentionSeconds ?? 360) * 1000);
    this.sessions = new SessionService({
      clock: this.clock,
      profiles: this.profiles,
      activationDelayMs,
      retentionMs,
      onStatusChange: (session, at) =>
        this.notifier.enqueue(session, at, (base) => statusChangedEvent(session, at, base)),
      changes: this.changes,
      caps: this.caps,
    });
    this.assignments = new AssignmentService({
      clock: this.clock,
      profiles: this.profiles,
      activationDelayMs,
      retentionMs,
      asyncDelete: options.provisioning?.asyncDelete ?? false,
      caps: this.caps,
      onStatusChange: (assignment, at) =>
        this.notifier.enqueue(assignment, at, (base) => assignmentChangedEvent(assignment, at, base), "assignment"),
      changes: this.changes,
    });
    this.privateKeyJwtSinks = options.privateKeyJwtSinks ?? false;
    this.auth = new Authenticator(this.tokens, this.clock, {
      devToken: this.devToken,
      devClientId: options.devClientId ?? "default",
      rapidApiKey: options.rapidApiKey,
      rapidApiClientId: options.rapidApiClientId ?? "rapidapi",
    });
    this.validators = RequestValidators.shared();

    const opened = openState(options.stateFile, {
      deliveryHistory: n.historySize ?? 1000,
      sessionEventHistory: SESSION_EVENT_HISTORY,
    });
    this.store = opened.store;
    this.statePath = opened.path;
    this.#transactions = new TransactionRunner(this.store, this.changes, {
      load: (state) => this.#load(state),
      prepare: () => {
        if (!this.clock.hasDue()) return;
        this.requireWrite();
        this.clock.sync();
      },
      collect: (changes) => collectWrite(this, changes),
      after: (batch) => {
        if (batch) this.feed.publish(batch);
        this.notifier.pump();
      },
    });
    // Due events fire inside a transaction, so two processes never fire the same one.
    this.clock.onTimer = () => this.#quietly(() => this.transact(true, () => {}));
    try {
      this.transact(true, () => {
        if (this.store.revision() > 0) return;
        if (opened.legacy) {
          this.#load(opened.legacy.state);
          this.logger.warn(`imported the sandbox state from ${opened.legacy.path} into ${opened.path}`);
        } else this.seed();
        this.changes.reset = true;
      });
    } catch (error) {
      this.store.close();
      throw error;
    }
  }

  /** Runs `work` on up-to-date state in one transaction; `write` takes the write lock first. */
  transact<T>(write: boolean, work: () => T): T {
    return this.#transactions.run(write, work);
  }

  /** Inside a reading transaction, re-runs it as a writing one; call before changing state. */
  requireWrite(): void {
    this.#transactions.requireWrite();
  }

  /** The revision of the state the caches hold. */
  get revision(): number {
    return this.#transactions.revision;
  }

  /** Notices other processes' commits on a shared file (SQLite has no cross-process signal). */
  watch(intervalMs = 250): void {
    if (this.statePath === undefined || this.#watcher) return;
    // A read costs one data_version check while nothing changed; after another process's
    // commit it reloads the caches, tells the change feed and sends what became due.
    this.#watcher = setInterval(() => this.#quietly(() => this.transact(false, () => {})), intervalMs).unref();
  }

  /** Loads the seed: devices, profiles; no sessions. */
  seed(): void {
    for (const input of SEED_DEVICES) this.devices.add(input);
    for (const profile of seedProfiles()) this.profiles.put(profile);
  }

  /** Back to the seed, and the clock back to its start (the wall clock by default). Minted tokens go too unless kept. */
  reset(keepTokens = false): void {
    this.sessions.clear();
    this.assignments.clear();
    this.clock.clear();
    this.notifier.clear();
    this.devices.clear();
    this.profiles.clear();
    this.faults.clear();
    this.limiter.clear();
    if (!keepTokens) this.tokens.clear();
    this.clock.set(this.#clockStart ?? this.clock.wallNow());
    this.seed();
    this.changes.reset = true;
  }

  close(): void {
    clearInterval(this.#watcher);
    this.clock.close();
    this.notifier.close();
    this.store.close();
  }

  #load(state: StoredState): void {
    const problem = stateProblem(state);
    if (problem) throw new StateFileError(this.statePath ?? ":memory:", `is corrupt (${problem})`);
    if (state.clock) this.clock.load(state.clock);
    this.clock.clear();
    this.devices.load(state.devices);
    this.profiles.load(state.profiles);
    this.tokens.load(state.tokens);
    this.faults.load(state.faults);
    this.limiter.load(state.limits);
    this.sessions.load(state.sessions);
    this.assignments.load(state.assignments);
    this.notifier.load(state.outbox);
  }

  #quietly(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.logger.warn(`sandbox state: ${(error as Error).message}`);
    }
  }
}
