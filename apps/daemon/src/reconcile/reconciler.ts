// Keeps the provider's sessions matching what is wanted. Each slot (device, flow, profile) waits
// in a WorkQueue until its next action is due (one unref'd timer for the earliest), so idle slots
// cost nothing and 48 simulated hours run as fast as their actions. The planner decides what a
// slot needs, the SlotRunner does it; one action chain per slot at a time.
import type { DeclaredSession } from "../config/load-config.js";
import { deviceKey, flowOfSpec, type SessionSpec, specKey } from "../model/session-spec.js";
import type { OwnedSession } from "../store/store.js";
import type { QosStatus } from "../upstream/upstream.js";
import { FlowConflictError } from "./errors.js";
import { Poller } from "./poller.js";
import { ProfileCaps } from "./profile-caps.js";
import { type ReconcilerOptions, type ResolvedReconcilerOptions, withDefaults } from "./reconciler-options.js";
import type { Holder, Slot, SlotView, Tracked } from "./slot.js";
import { newTracked, viewOf } from "./slot.js";
import { allRecovered, countByStatus, countOwned } from "./slot-counts.js";
import { SlotRegistry } from "./slot-registry.js";
import { SlotRunner } from "./slot-runner.js";
import { type TurnDeps, takeTurn } from "./slot-turn.js";
import { waitForSession } from "./wait-for-session.js";
import { WorkQueue } from "./work-queue.js";

export type { ReconcilerOptions } from "./reconciler-options.js";

// Without notifications, a new session's activation is learnt by polling soon after create.
const FIRST_CHECK_MS = 2000;

export class Reconciler {
  readonly #o: ResolvedReconcilerOptions;
  readonly #runner: SlotRunner;
  readonly #turn: TurnDeps;
  readonly #poller: Poller;
  readonly #slots = new SlotRegistry();
  readonly #queue: WorkQueue<Slot>;
  readonly #caps: ProfileCaps;
  /** Finished finite sessions whose declaration has not been loaded yet. */
  readonly #doneKeys = new Set<string>();
  #emptied: (() => void)[] = [];

  constructor(options: ReconcilerOptions) {
    this.#o = withDefaults(options);
    const host = {
      trackIntent: (intent: string, slot: Slot, tracked: Tracked) => this.#slots.trackIntent(intent, { slot, tracked }),
      untrackIntent: (intent: string) => this.#slots.untrackIntent(intent),
      track: (id: string, slot: Slot, tracked: Tracked) => this.#track(id, slot, tracked),
      untrack: (id: string) => this.#untrack(id),
      isClaimed: (id: string) => this.#slots.bySession(id) !== undefined,
    };
    this.#caps = new ProfileCaps(this.#o);
    this.#runner = new SlotRunner({ ...this.#o, sink: this.#o.sink, host });
    this.#turn = { o: this.#o, runner: this.#runner, caps: this.#caps, flowBlocked: (slot) => this.#flowBlocked(slot) };
    this.#poller = new Poller({
      clock: this.#o.clock,
      intervalSeconds: this.#o.pollIntervalSeconds,
      maxPerSecond: this.#o.pollMaxPerSecond,
      check: (id) => this.requestCheck(id),
    });
    this.#queue = new WorkQueue<Slot>({
      clock: this.#o.clock,
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
    return waitForSession(slot, this.#o.clock, timeoutMs);
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
    this.#poller.schedule(sessionId, this.#o.clock.now() + this.#poller.intervalMs);
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
    return countByStatus(this.#slots.values());
  }

  /** True when nothing runs and nothing is due now. */
  get quiet(): boolean {
    return this.#queue.quiet;
  }

  /** Sessions the daemon still owns upstream (confirmed, or journaled and not yet looked up). */
  countOwned(): number {
    return countOwned(this.#slots.values());
  }

  /** True when every journaled session has been confirmed with the provider. */
  get recovered(): boolean {
    return allRecovered(this.#slots.values());
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
    this.#poller.schedule(id, this.#o.clock.now() + soon);
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
    else this.#schedule(slot, this.#o.clock.now());
  }

  #schedule(slot: Slot, at: number): void {
    this.#queue.schedule(slot, at);
  }

  // One turn of a slot; reschedules it for when its plan says to look again.
  async #run(slot: Slot): Promise<void> {
    slot.busy = true;
    slot.dirty = false;
    const next = await takeTurn(slot, this.#turn);
    slot.busy = false;
    if (next === "dropped") this.#drop(slot);
    else if (slot.dirty) this.#schedule(slot, this.#o.clock.now());
    else if (next !== Number.POSITIVE_INFINITY) this.#schedule(slot, next);
  }
}
