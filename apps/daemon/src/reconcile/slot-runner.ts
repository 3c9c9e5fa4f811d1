// Carries out the planner's actions against the provider, journaling each step so a crash at
// any point leaves a record of every session that may exist.
import { randomUUID } from "node:crypto";
import { flowOfSpec, sameFlow } from "../model/session-spec.js";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import type { Store } from "../store/store.js";
import type { TimeSource } from "../time/time-source.js";
import type { FailureKind, QosStatus, SinkCredentialInput, Upstream, UpstreamSession } from "../upstream/upstream.js";
import { describeError, SessionRejectedError, UpstreamUnauthorizedError } from "./errors.js";
import type { Action, SuccessorReason } from "./plan.js";
import type { Slot, Tracked } from "./slot.js";

/** Where notifications for the daemon's sessions go. */
export interface SinkSettings {
  /** `https://host:port/v1/notifications/<instance id>`; each session's sink is this plus `/<intent>`. */
  prefix: string;
  /** This daemon's id, the last segment of `prefix`. */
  instanceId: string;
  /** The bearer credential the provider sends back. */
  credential: () => SinkCredentialInput;
}

/** What the runner needs from the reconciler. */
export interface RunnerHost {
  /** Indexes a session by its intent (notifications name the intent in their URL). */
  trackIntent(intent: string, slot: Slot, tracked: Tracked): void;
  untrackIntent(intent: string): void;
  /** Indexes a session id (notifications, polling). */
  track(sessionId: string, slot: Slot, tracked: Tracked): void;
  untrack(sessionId: string): void;
  /** True when another tracked session has this id. */
  isClaimed(sessionId: string): boolean;
}

/** Options for SlotRunner. */
export interface SlotRunnerOptions {
  upstream: Upstream;
  classify: (error: unknown) => FailureKind;
  store: Store;
  time: TimeSource;
  logger: Logger;
  metrics: DaemonMetrics;
  sink: SinkSettings | undefined;
  host: RunnerHost;
}

export function newTracked(intent: string, now: number, duration: number, status: Tracked["status"]): Tracked {
  return {
    intent,
    sessionId: undefined,
    status,
    statusInfo: undefined,
    startedAt: undefined,
    expiresAt: undefined,
    duration,
    createdAt: now,
    extensions: 0,
    checkWanted: false,
    vanished: false,
    capReached: false,
    checkedAt: now,
    endedAt: undefined,
  };
}

function sameFlowAndProfile(s: UpstreamSession, slot: Slot): boolean {
  return s.profile === slot.spec.profile && sameFlow(flowOfSpec(s), slot.flow);
}

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
    const now = this.#o.time.now();
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
    const now = this.#o.time.now();
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
    const at = t.startedAt ?? this.#o.time.now();
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

  // Confirms an UNKNOWN session among the device's sessions (retrieve-sessions): by id when the
  // create answered before the crash, otherwise by the intent tag in its sink (or, without
  // notifications, by flow and profile). Never creates anything.
  async #resolve(slot: Slot, t: Tracked): Promise<void> {
    const { upstream, classify, logger } = this.#o;
    let sessions: UpstreamSession[];
    try {
      sessions = await upstream.listByDevice(slot.spec.device);
    } catch (error) {
      // A provider that will not list this device's sessions can still be asked by id.
      if (t.sessionId === undefined || classify(error) === "outage") throw error;
      return this.#resolveById(slot, t);
    }
    // The tag is the end of the sink URL: the host or port before it may have changed since.
    const tag = this.#o.sink ? `/${this.#o.sink.instanceId}/${t.intent}` : undefined;
    const known = t.sessionId;
    const match = sessions.find((s) =>
      known !== undefined
        ? s.id === known
        : tag !== undefined
          ? s.sink?.endsWith(tag)
          : sameFlowAndProfile(s, slot) && !this.#o.host.isClaimed(s.id),
    );
    await this.#deleteUntracked(sessions, match);
    if (!match) {
      logger.info({ slot: slot.key, intent: t.intent, sessionId: known }, "no such session upstream: forgotten");
      await this.#forget(slot, t, slot.current !== t);
      return;
    }
    if (known === undefined) await this.#o.store.recordCreated(t.intent, match.id);
    this.apply(slot, t, match);
    logger.info(
      { slot: slot.key, sessionId: match.id, status: match.status },
      known === undefined ? "session adopted after an unanswered create" : "session adopted",
    );
  }

  async #resolveById(slot: Slot, t: Tracked): Promise<void> {
    try {
      this.apply(slot, t, await this.#o.upstream.get(t.sessionId as string));
      this.#o.logger.info({ slot: slot.key, sessionId: t.sessionId, status: t.status }, "session adopted");
    } catch (error) {
      if (this.#o.classify(error) !== "not-found") throw error;
      this.#o.logger.info({ slot: slot.key, sessionId: t.sessionId }, "no such session upstream: forgotten");
      await this.#forget(slot, t, slot.current !== t);
    }
  }

  // Sessions carrying our sink tag that no journal entry knows: ours, and nobody will ever delete them.
  async #deleteUntracked(sessions: UpstreamSession[], except: UpstreamSession | undefined): Promise<void> {
    const marker = this.#o.sink ? `/notifications/${this.#o.sink.instanceId}/` : undefined;
    if (!marker) return;
    for (const s of sessions) {
      const at = s.sink?.lastIndexOf(marker) ?? -1;
      if (s === except || at < 0 || this.#o.host.isClaimed(s.id)) continue;
      const intent = (s.sink as string).slice(at + marker.length);
      if (this.#o.store.sessions.has(intent)) continue;
      try {
        await this.#o.upstream.delete(s.id);
      } catch (error) {
        if (this.#o.classify(error) !== "not-found") throw error;
      }
      this.#o.logger.warn({ sessionId: s.id }, "deleted an orphaned session this daemon had created");
    }
  }

  async #create(slot: Slot, duration: number): Promise<void> {
    const { upstream, store, time, classify, metrics, logger } = this.#o;
    const intent = randomUUID();
    const now = time.now();
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
      t.endedAt ??= this.#o.time.now();
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
    slot.gapSince = this.#o.time.now();
    this.#pendingReason.set(slot, "cap");
  }

  async #end(slot: Slot): Promise<void> {
    const t = slot.current as Tracked;
    const now = this.#o.time.now();
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
