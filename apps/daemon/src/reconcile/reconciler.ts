// Keeps the provider's sessions matching what is wanted. Each slot (device, flow, profile) waits
// in a WorkQueue until its next action is due (one unref'd timer for the earliest), so idle slots
// cost nothing and 48 simulated hours run as fast as their actions. The planner decides what a
// slot needs, the SlotRunner does it; one action chain per slot at a time.
import type { DeclaredSession } from "../config/load-config.js";
import { deviceKey, flowOfSpec, type SessionSpec, specKey } from "../model/session-spec.js";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import { StoreUnavailableError } from "../store/journal.js";
import type { OwnedSession, Store } from "../store/store.js";
import { backoffDelay } from "../time/backoff.js";
import type { TimeSource } from "../time/time-source.js";
import type { FailureKind, QosStatus, Upstream } from "../upstream/upstream.js";
import type { UpstreamGate } from "../upstream/upstream-gate.js";
import { describeError, FlowConflictError, SessionUnavailableError } from "./errors.js";
import { type Action, plan } from "./plan.js";
import { Poller } from "./poller.js";
import { ProfileCaps } from "./profile-caps.js";
import type { Holder, Slot, SlotView, Tracked } from "./slot.js";
import { viewOf } from "./slot.js";
import { SlotRegistry } from "./slot-registry.js";
import { newTracked, type SinkSettings, SlotRunner } from "./slot-runner.js";
import { WorkQueue } from "./work-queue.js";

/** Options for Reconciler. */
export interface ReconcilerOptions {
  upstream: Upstream;
  classify: (error: unknown) => FailureKind;
  store: Store;
  time: TimeSource;
  logger: Logger;
  metrics: DaemonMetrics;
  gate: UpstreamGate;
  /** Notification sink; absent: polling only. */
  sink?: SinkSettings | undefined;
  /** Extend this many seconds before expiry. @default 300 */
  marginSeconds?: number;
  /** Seconds asked for at create. @default 3600 */
  sessionSeconds?: number;
  /** Seconds asked for per extension. @default 3600 */
  extendSeconds?: number;
  /** Slots worked on at once. @default 16 */
  concurrency?: number;
  /** Seconds between status checks of one session (polling fallback). @default 300 */
  pollIntervalSeconds?: number;
  /** Most status checks per second. @default 5 */
  pollMaxPerSecond?: number;
  /** Longest wait between retries of a failing slot, in ms. @default 60000 */
  maxBackoffMs?: number;
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
  /** False while the store refuses writes: no work starts, so nothing reaches the provider unrecorded. @default always true */
  storeHealthy?: () => boolean;
}

// Actions one slot may take in a row before yielding (a safety net against a planning loop).
const MAX_ACTIONS_PER_TURN = 8;
// Without notifications, a new session's activation is learnt by polling soon after create.
const FIRST_CHECK_MS = 2000;

export class Reconciler {
  readonly #o: Required<Omit<ReconcilerOptions, "sink">> & Pick<ReconcilerOptions, "sink">;
  readonly #runner: SlotRunner;
  readonly #poller: Poller;
  readonly #slots = new SlotRegistry();
  readonly #queue: WorkQueue<Slot>;
  readonly #caps: ProfileCaps;
  /** Finished finite sessions whose declaration has not been loaded yet. */
  readonly #doneKeys = new Set<string>();
  #emptied: (() => void)[] = [];

  constructor(options: ReconcilerOptions) {
    this.#o = {
      marginSeconds: 300,
      sessionSeconds: 3600,
      extendSeconds: 3600,
      concurrency: 16,
      pollIntervalSeconds: 300,
      pollMaxPerSecond: 5,
      maxBackoffMs: 60_000,
      random: Math.random,
      storeHealthy: () => true,
      ...options,
    };
    const host = {
      trackIntent: (intent: string, slot: Slot, tracked: Tracked) => this.#slots.trackIntent(intent, { slot, tracked }),
      untrackIntent: (intent: string) => this.#slots.untrackIntent(intent),
      track: (id: string, slot: Slot, tracked: Tracked) => this.#track(id, slot, tracked),
      untrack: (id: string) => this.#untrack(id),
      isClaimed: (id: string) => this.#slots.bySession(id) !== undefined,
    };
    this.#caps = new ProfileCaps(this.#o);
    this.#runner = new SlotRunner({ ...this.#o, sink: this.#o.sink, host });
    this.#poller = new Poller({
      time: this.#o.time,
      intervalSeconds: this.#o.pollIntervalSeconds,
      maxPerSecond: this.#o.pollMaxPerSecond,
      check: (id) => this.requestCheck(id),
    });
    this.#queue = new WorkQueue<Slot>({
      time: this.#o.time,
      concurrency: this.#o.concurrency,
      run: (slot) => this.#run(slot),
      paused: () => this.#o.gate.isOpen || !this.#o.storeHealthy(),
    });
    this.#o.gate.onClose(() => this.#queue.kick());
  }

  /** Wakes the work queue after a pause ends (the store takes writes again). */
  resume(): void {
    this.#queue.kick();
  }

  /** Takes over the sessions in the journal: each is UNKNOWN until the provider confirms it. */
  load(owned: Iterable<OwnedSession>, done: ReadonlySet<string>): void {
    const byKey = new Map<string, OwnedSession[]>();
    for (const s of owned) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
    for (const [key, sessions] of byKey) {
      sessions.sort((a, b) => a.at - b.at);
      const slot = this.#slot(key, (sessions[0] as OwnedSession).spec);
      sessions.forEach((s, i) => {
        const t = newTracked(s.intent, s.at, 0, "UNKNOWN");
        this.#slots.trackIntent(s.intent, { slot, tracked: t });
        if (s.sessionId !== undefined) {
          t.sessionId = s.sessionId;
          this.#track(s.sessionId, slot, t);
        }
        // The newest is the one serving the slot; older ones were being replaced.
        if (i === sessions.length - 1) slot.current = t;
        else slot.retiring.push(t);
      });
      this.#schedule(slot, 0);
    }
    for (const key of done) {
      const slot = this.#slots.get(key);
      if (slot) slot.done = true;
      else this.#doneKeys.add(key);
    }
  }

  start(): void {
    this.#poller.start();
    this.#queue.start();
  }

  /** Stops starting new work; resolves when the work in flight has finished. */
  async stop(): Promise<void> {
    this.#poller.stop();
    this.#queue.stop();
    await this.settled();
  }

  /** Resolves when no slot is being worked on and none is due now. */
  settled(): Promise<void> {
    return this.#queue.settled();
  }

  /** Makes the declared sessions exactly `sessions` (config load and reload). */
  setDeclared(sessions: readonly DeclaredSession[]): void {
    const wanted = new Map<string, DeclaredSession>();
    for (const d of sessions) wanted.set(`config:${d.name}`, d);
    for (const slot of this.#slots.values()) {
      for (const holder of [...slot.holders.keys()]) {
        if (!holder.startsWith("config:")) continue;
        const d = wanted.get(holder);
        const same = d && specKey(d.spec) === slot.key && slot.holders.get(holder)?.keepAlive === d.keepAlive;
        if (same) slot.holders.set(holder, { id: holder, keepAlive: d.keepAlive, duration: d.duration });
        else this.detach(slot.key, holder);
        if (same) wanted.delete(holder);
      }
    }
    for (const [id, d] of wanted) {
      this.attach(d.spec, { id, keepAlive: d.keepAlive, duration: d.duration }, { force: true });
    }
  }

  /**
   * Adds a holder to the slot for `spec`, creating the slot when new. A lease on a flow that
   * another slot holds with a different profile is refused (the provider would refuse it too).
   */
  attach(spec: SessionSpec, holder: Holder, options: { force?: boolean } = {}): Slot {
    const key = specKey(spec);
    if (!options.force) {
      for (const other of this.#slots.colliding(deviceKey(spec.device), flowOfSpec(spec))) {
        if (other.key !== key && other.wanted) {
          throw new FlowConflictError(
            `this device and flow already have a session with profile ${other.spec.profile}; one flow takes one session`,
          );
        }
      }
    }
    const slot = this.#slot(key, spec);
    const doneBefore = this.#doneKeys.delete(key);
    if (doneBefore && !holder.keepAlive) slot.done = true;
    if (holder.keepAlive) slot.done = false;
    slot.holders.set(holder.id, holder);
    this.#poke(slot);
    return slot;
  }

  /** Removes a holder; the slot's session is deleted when its last holder goes. */
  detach(key: string, holderId: string): void {
    const slot = this.#slots.get(key);
    if (!slot?.holders.delete(holderId)) return;
    this.#poke(slot);
  }

  /** Resolves once the slot has a session id; rejects if the provider refuses or `timeoutMs` passes. */
  waitForSession(slot: Slot, timeoutMs: number): Promise<void> {
    if (slot.current?.sessionId !== undefined) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = this.#o.time.setTimeout(() => {
        slot.waiters = slot.waiters.filter((w) => w !== waiter);
        reject(new SessionUnavailableError(`no session yet: ${slot.lastError ?? "the provider has not answered"}`));
      }, timeoutMs);
      const waiter = {
        resolve: () => {
          this.#o.time.clearTimeout(timer);
          resolve();
        },
        reject: (error: Error) => {
          this.#o.time.clearTimeout(timer);
          reject(error);
        },
      };
      slot.waiters.push(waiter);
    });
  }

  /**
   * A status change the provider notified, for the session created under `intent` (from the
   * sink URL) or, without one, by session id. Returns false for a session this daemon does not own.
   */
  notify(
    intent: string | undefined,
    sessionId: string,
    status: QosStatus,
    statusInfo: string | undefined,
    at: number | undefined,
  ): boolean {
    const entry = (intent !== undefined && this.#slots.byIntent(intent)) || this.#slots.bySession(sessionId);
    if (!entry) return false;
    const { slot, tracked: t } = entry;
    if (t.sessionId !== undefined && t.sessionId !== sessionId) return false;
    if (t.sessionId === undefined) {
      // The create call has not answered yet: keep the news for when it has.
      t.early = { status, statusInfo, at };
      return true;
    }
    if (slot.current !== t || t.status === "UNAVAILABLE") return true;
    this.#runner.applyStatus(slot, t, status, statusInfo, at);
    this.#poller.schedule(sessionId, this.#o.time.now() + this.#poller.intervalMs);
    this.#poke(slot);
    return true;
  }

  /** Asks for a status check of one session at the slot's next turn (polling fallback). */
  requestCheck(sessionId: string): void {
    const entry = this.#slots.bySession(sessionId);
    if (!entry || entry.slot.current !== entry.tracked) return;
    entry.tracked.checkWanted = true;
    this.#poke(entry.slot);
  }

  /** Every slot, for the API. */
  views(): SlotView[] {
    return [...this.#slots.values()].map(viewOf);
  }

  get(key: string): Slot | undefined {
    return this.#slots.get(key);
  }

  /** Owned sessions by status (PENDING: being created or looked up). */
  countByStatus(): Record<"PENDING" | QosStatus, number> {
    const counts = { PENDING: 0, REQUESTED: 0, AVAILABLE: 0, UNAVAILABLE: 0 };
    for (const slot of this.#slots.values()) {
      for (const t of slot.current ? [slot.current, ...slot.retiring] : slot.retiring) {
        if (t.status === "UNKNOWN" || t.status === "CREATING") counts.PENDING++;
        else counts[t.status]++;
      }
    }
    return counts;
  }

  /** True when nothing runs and nothing is due now. */
  get quiet(): boolean {
    return this.#queue.quiet;
  }

  /** Sessions the daemon still owns upstream (confirmed, or journaled and not yet looked up). */
  countOwned(): number {
    let n = 0;
    for (const slot of this.#slots.values()) n += (slot.current ? 1 : 0) + slot.retiring.length;
    return n;
  }

  /** True when every journaled session has been confirmed with the provider. */
  get recovered(): boolean {
    for (const slot of this.#slots.values()) {
      if (slot.current?.status === "UNKNOWN" || slot.retiring.some((t) => t.status === "UNKNOWN")) return false;
    }
    return true;
  }

  /**
   * Shutdown: drops every holder so each slot deletes its sessions, and works until none is
   * left or `signal` aborts. Returns how many sessions were still owned at the end.
   */
  async releaseAll(signal: AbortSignal): Promise<number> {
    for (const slot of this.#slots.values()) {
      slot.holders.clear();
      slot.failures = 0;
      this.#poke(slot);
    }
    this.#queue.start();
    if (this.#slots.size > 0 && !signal.aborted) {
      await new Promise<void>((resolve) => {
        this.#emptied.push(resolve);
        signal.addEventListener("abort", () => resolve(), { once: true });
      });
    }
    this.#queue.stop();
    return this.countOwned();
  }

  #slot(key: string, spec: SessionSpec): Slot {
    return this.#slots.ensure(key, spec);
  }

  #track(id: string, slot: Slot, tracked: Tracked): void {
    this.#slots.trackSession(id, { slot, tracked });
    const soon = tracked.status === "REQUESTED" && !this.#o.sink ? FIRST_CHECK_MS : this.#poller.intervalMs;
    this.#poller.schedule(id, this.#o.time.now() + soon);
  }

  #untrack(id: string): void {
    this.#slots.untrackSession(id);
    this.#poller.forget(id);
  }

  #flowBlocked(slot: Slot): boolean {
    for (const other of this.#slots.colliding(slot.device, slot.flow, slot)) {
      if (other.current || other.retiring.length > 0) return true;
    }
    return false;
  }

  #drop(slot: Slot): void {
    const peers = this.#slots.delete(slot);
    this.#queue.remove(slot);
    if (slot.done) void this.#o.store.recordDone(slot.key, false).catch(() => undefined);
    // A slot waiting for this flow to be free can go now.
    for (const peer of peers) this.#poke(peer);
    if (this.#slots.size === 0) {
      const waiters = this.#emptied;
      this.#emptied = [];
      for (const resolve of waiters) resolve();
    }
  }

  #poke(slot: Slot): void {
    if (slot.busy) slot.dirty = true;
    else this.#schedule(slot, this.#o.time.now());
  }

  #schedule(slot: Slot, at: number): void {
    this.#queue.schedule(slot, at);
  }

  // One turn of a slot; reschedules it for when its plan says to look again.
  async #run(slot: Slot): Promise<void> {
    slot.busy = true;
    slot.dirty = false;
    let next: number | "dropped";
    try {
      next = await this.#turn(slot);
      slot.failures = 0;
      slot.lastError = undefined;
    } catch (error) {
      next = this.#failed(slot, error);
    }
    slot.busy = false;
    if (next === "dropped") this.#drop(slot);
    else if (slot.dirty) this.#schedule(slot, this.#o.time.now());
    else if (next !== Number.POSITIVE_INFINITY) this.#schedule(slot, next);
  }

  // Runs actions until the plan says wait; returns when to look again.
  async #turn(slot: Slot): Promise<number | "dropped"> {
    for (let i = 0; i < MAX_ACTIONS_PER_TURN; i++) {
      const action = await this.#plan(slot);
      if (action.kind === "wait") return action.until;
      if (action.kind === "drop") return "dropped";
      if (this.#o.gate.isOpen) return this.#o.time.now();
      await this.#runner.run(slot, action);
    }
    return this.#o.time.now() + 1000;
  }

  async #plan(slot: Slot): Promise<Action> {
    return plan(slot, {
      now: this.#o.time.now(),
      marginMs: this.#o.marginSeconds * 1000,
      sessionSeconds: this.#o.sessionSeconds,
      extendSeconds: this.#o.extendSeconds,
      cap: slot.wanted ? await this.#caps.get(slot.spec.profile) : undefined,
      flowBlocked: this.#flowBlocked(slot),
      recheckMs: Math.min(this.#o.marginSeconds * 250, 30_000),
    });
  }

  #failed(slot: Slot, error: unknown): number {
    // Leases waiting for this slot's session hear at once that it cannot be recorded now.
    if (error instanceof StoreUnavailableError) slot.settleWaiters(error);
    const kind = this.#o.classify(error);
    slot.failures++;
    slot.lastError = describeError(error);
    const level = kind === "outage" ? "warn" : "error";
    this.#o.logger[level](
      { slot: slot.key, kind, failures: slot.failures, error: slot.lastError },
      "slot action failed",
    );
    // Refusals are retried slowly (a declaration may be fixed upstream); outages back off to a minute.
    const base = kind === "rejected" || kind === "conflict" ? 30_000 : 1000;
    const max = kind === "rejected" || kind === "conflict" ? 10 * this.#o.maxBackoffMs : this.#o.maxBackoffMs;
    return this.#o.time.now() + backoffDelay(slot.failures, { baseMs: base, maxMs: max, random: this.#o.random });
  }
}
