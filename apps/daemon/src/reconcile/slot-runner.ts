// Carries out the planner's actions against the provider, journaling each step so a crash at
// any point leaves a record of every session that may exist.
import { randomUUID } from "node:crypto";
import type { QosStatus, UpstreamSession } from "../upstream/upstream.js";
import { describeError, SessionRejectedError, UpstreamUnauthorizedError } from "./errors.js";
import type { Action, SuccessorReason } from "./plan.js";
import { newTracked, type Slot, type Tracked } from "./slot.js";
import { resolveSession } from "./slot-resolve.js";
import type { SlotRunnerOptions } from "./slot-runner-options.js";

export class SlotRunner {
  readonly #o: SlotRunnerOptions;
  /** Why the next session of a slot is created (absent: its first). */
  readonly #pendingReason = new WeakMap<Slot, SuccessorReason>();

  constructor(options: SlotRunnerOptions) {
    this.#o = options;
  }

  sinkFor(intent: string): string | undefined {
    return this.#o.sink ? `${this.#o.sink.prefix}/${intent}` : undefined;
  }

  /** Copies what the provider said into the tracked session. */
  apply(slot: Slot, t: Tracked, s: UpstreamSession): void {
    const now = this.#o.clock.now();
    const wasAvailable = t.status === "AVAILABLE";
    const isNew = t.sessionId !== s.id;
    t.sessionId = s.id;
    t.status = s.status;
    t.statusInfo = s.statusInfo;
    t.startedAt = s.startedAt ?? t.startedAt;
    t.expiresAt = s.expiresAt ?? (s.status === "REQUESTED" ? undefined : t.expiresAt);
    t.duration = s.duration;
    t.checkWanted = false;
    t.checkedAt = now;
    if (s.status === "UNAVAILABLE") t.endedAt ??= s.expiresAt ?? now;
    if (isNew) this.#o.host.track(s.id, slot, t);
    if (!wasAvailable && s.status === "AVAILABLE") this.becameAvailable(slot, t);
  }

  /** A status change the provider notified. */
  applyStatus(slot: Slot, t: Tracked, status: QosStatus, statusInfo: string | undefined, at: number | undefined): void {
    const now = this.#o.clock.now();
    if (status === "AVAILABLE" && t.status !== "AVAILABLE") {
      t.status = "AVAILABLE";
      t.startedAt = at ?? now;
      t.expiresAt = t.startedAt + t.duration * 1000;
      t.checkedAt = now;
      this.becameAvailable(slot, t);
    } else if (status === "UNAVAILABLE") {
      t.status = "UNAVAILABLE";
      t.statusInfo = statusInfo;
      t.endedAt = at ?? now;
    }
  }

  /** Closes the slot's gap, if it had one, when its session turns AVAILABLE. */
  becameAvailable(slot: Slot, t: Tracked): void {
    if (slot.current !== t || slot.gapSince === undefined) return;
    const at = t.startedAt ?? this.#o.clock.now();
    const gap = Math.max(0, (at - slot.gapSince) / 1000);
    slot.gapSince = undefined;
    slot.lastGapSeconds = gap;
    this.#o.metrics.successorGap.observe(gap);
    this.#o.logger.info({ slot: slot.key, sessionId: t.sessionId, gapSeconds: gap }, "successor session available");
  }

  async run(slot: Slot, action: Action): Promise<void> {
    switch (action.kind) {
      case "retire":
        return this.#retire(slot, slot.retiring[0] as Tracked, true);
      case "release":
        return this.#retire(slot, slot.current as Tracked, false);
      case "resolve":
        return this.#resolve(slot, slot.current as Tracked);
      case "create":
        return this.#create(slot, action.duration);
      case "check":
        return this.#check(slot, slot.current as Tracked);
      case "extend":
        return this.#extend(slot, slot.current as Tracked, action.seconds);
      case "replace":
        return this.#replace(slot);
      case "end":
        return this.#end(slot);
      case "drop":
      case "wait":
        return;
    }
  }

  async #retire(slot: Slot, t: Tracked, fromRetiring: boolean): Promise<void> {
    if (t.sessionId === undefined && t.status === "UNKNOWN") {
      await this.#resolve(slot, t);
      if (t.sessionId === undefined) return; // resolve found nothing and forgot it
    }
    if (t.sessionId !== undefined && !t.vanished) {
      try {
        await this.#o.upstream.delete(t.sessionId);
      } catch (error) {
        if (this.#o.classify(error) !== "not-found") throw error;
      }
      this.#o.logger.info({ slot: slot.key, sessionId: t.sessionId }, "session deleted");
    }
    await this.#forget(slot, t, fromRetiring);
  }

  async #forget(slot: Slot, t: Tracked, fromRetiring: boolean): Promise<void> {
    if (t.sessionId !== undefined) this.#o.host.untrack(t.sessionId);
    this.#o.host.untrackIntent(t.intent);
    if (fromRetiring) slot.retiring = slot.retiring.filter((r) => r !== t);
    else if (slot.current === t) slot.current = undefined;
    await this.#o.store.recordGone(t.intent);
  }

  // Confirms an UNKNOWN session with the provider (see slot-resolve.ts). Never creates anything.
  #resolve(slot: Slot, t: Tracked): Promise<void> {
    return resolveSession(slot, t, {
      o: this.#o,
      apply: (s, tr, found) => this.apply(s, tr, found),
      forget: (s, tr, fromRetiring) => this.#forget(s, tr, fromRetiring),
    });
  }

  async #create(slot: Slot, duration: number): Promise<void> {
    const { upstream, store, clock, classify, metrics, logger } = this.#o;
    const intent = randomUUID();
    const now = clock.now();
    // The intent is on disk before the provider hears of the session: a crash from here on
    // leaves a record that makes the next start look for it instead of creating another.
    await store.recordIntent({ intent, key: slot.key, spec: slot.spec, at: now });
    const t = newTracked(intent, now, duration, "CREATING");
    slot.current = t;
    this.#o.host.trackIntent(intent, slot, t);
    let created: UpstreamSession;
    try {
      created = await upstream.create({
        spec: slot.spec,
        duration,
        sink: this.sinkFor(intent),
        sinkCredential: this.#o.sink?.credential(),
      });
    } catch (error) {
      const kind = classify(error);
      if (kind === "rejected" || kind === "unauthorized") {
        // No session was made: forget the intent and answer the leases waiting for it at once.
        await this.#forget(slot, t, false);
        const e = error as { status?: number; code?: string };
        slot.settleWaiters(
          kind === "unauthorized"
            ? new UpstreamUnauthorizedError(describeError(error))
            : new SessionRejectedError(describeError(error), e.status, e.code),
        );
      } else {
        // The session may exist (a lost answer) or the flow may be taken by one of ours: look it up.
        t.status = "UNKNOWN";
      }
      throw error;
    }
    // Known in memory at once (a notification may follow within a second); durable just after.
    this.apply(slot, t, created);
    if (t.early) {
      this.applyStatus(slot, t, t.early.status, t.early.statusInfo, t.early.at);
      t.early = undefined;
    }
    await store.recordCreated(intent, created.id);
    slot.generations++;
    const reason = this.#pendingReason.get(slot);
    this.#pendingReason.delete(slot);
    if (reason) metrics.recreations.inc({ reason });
    logger.info(
      { slot: slot.key, sessionId: created.id, status: created.status, duration, successorOf: reason },
      reason ? "successor session created" : "session created",
    );
    slot.settleWaiters();
  }

  async #check(slot: Slot, t: Tracked): Promise<void> {
    if (t.sessionId === undefined) return;
    try {
      this.apply(slot, t, await this.#o.upstream.get(t.sessionId));
      this.#o.metrics.polls.inc({ outcome: "ok" });
    } catch (error) {
      const kind = this.#o.classify(error);
      this.#o.metrics.polls.inc({ outcome: kind });
      if (kind !== "not-found") throw error;
      t.vanished = true;
      t.checkWanted = false;
      t.endedAt ??= this.#o.clock.now();
    }
  }

  async #extend(slot: Slot, t: Tracked, seconds: number): Promise<void> {
    const { upstream, classify, metrics, logger } = this.#o;
    const before = t.duration;
    let s: UpstreamSession;
    try {
      s = await upstream.extend(t.sessionId as string, seconds);
    } catch (error) {
      const kind = classify(error);
      metrics.extensions.inc({ outcome: "failed" });
      if (kind === "not-allowed")
        t.checkWanted = true; // no longer AVAILABLE: find out why
      else if (kind === "not-found") t.vanished = true;
      else throw error;
      return;
    }
    this.apply(slot, t, s);
    t.extensions++;
    const granted = s.duration - before;
    if (granted < seconds) t.capReached = true;
    metrics.extensions.inc({ outcome: granted < seconds ? "capped" : "ok" });
    logger.debug({ slot: slot.key, sessionId: t.sessionId, granted, duration: s.duration }, "session extended");
  }

  #replace(slot: Slot): void {
    const t = slot.current as Tracked;
    this.#o.logger.info(
      { slot: slot.key, sessionId: t.sessionId, duration: t.duration },
      "session reached its profile's cap: replacing it (the flow must be free first)",
    );
    slot.retiring.push(t);
    slot.current = undefined;
    slot.gapSince = this.#o.clock.now();
    this.#pendingReason.set(slot, "cap");
  }

  async #end(slot: Slot): Promise<void> {
    const t = slot.current as Tracked;
    const now = this.#o.clock.now();
    const reason: SuccessorReason = t.vanished
      ? "vanished"
      : t.statusInfo === "NETWORK_TERMINATED"
        ? "terminated"
        : "expired";
    const endedAt = t.endedAt ?? now;
    if (reason === "expired" && t.duration < slot.target && !t.capReached) {
      // It was wanted longer and the cap allowed it: the daemon failed to extend in time.
      this.#o.metrics.lapses.inc();
    }
    this.#o.logger.warn({ slot: slot.key, sessionId: t.sessionId, reason, statusInfo: t.statusInfo }, "session ended");
    slot.current = undefined;
    if (t.vanished) await this.#forget(slot, t, false);
    else slot.retiring.push(t); // terminated sessions stay readable and block the flow until deleted
    if (slot.keepAlive) {
      slot.gapSince ??= endedAt;
      this.#pendingReason.set(slot, reason);
    } else {
      slot.done = true;
      await this.#o.store.recordDone(slot.key, true);
    }
  }
}
