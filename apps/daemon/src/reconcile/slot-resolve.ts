// Finds out what became of a session the daemon may own (after a restart or an unanswered create):
// looks among the device's sessions (retrieve-sessions) by id, by the intent tag in its sink, or,
// without notifications, by flow and profile; and deletes sessions tagged as ours that nobody journaled.
import { flowOfSpec, sameFlow } from "../model/session-spec.js";
import type { UpstreamSession } from "../upstream/upstream.js";
import type { Slot, Tracked } from "./slot.js";
import type { SlotRunnerOptions } from "./slot-runner-options.js";

/** What resolving needs from the SlotRunner. */
export interface ResolveContext {
  o: SlotRunnerOptions;
  /** Copies what the provider said into the tracked session. */
  apply(slot: Slot, t: Tracked, s: UpstreamSession): void;
  /** Drops a session from the slot and the journal. */
  forget(slot: Slot, t: Tracked, fromRetiring: boolean): Promise<void>;
}

function sameFlowAndProfile(s: UpstreamSession, slot: Slot): boolean {
  return s.profile === slot.spec.profile && sameFlow(flowOfSpec(s), slot.flow);
}

// Confirms an UNKNOWN session among the device's sessions (retrieve-sessions): by id when the
// create answered before the crash, otherwise by the intent tag in its sink (or, without
// notifications, by flow and profile). Never creates anything.
export async function resolveSession(slot: Slot, t: Tracked, ctx: ResolveContext): Promise<void> {
  const { upstream, classify, logger } = ctx.o;
  let sessions: UpstreamSession[];
  try {
    sessions = await upstream.listByDevice(slot.spec.device);
  } catch (error) {
    // A provider that will not list this device's sessions can still be asked by id.
    if (t.sessionId === undefined || classify(error) === "outage") throw error;
    return resolveById(slot, t, ctx);
  }
  // The tag is the end of the sink URL: the host or port before it may have changed since.
  const tag = ctx.o.sink ? `/${ctx.o.sink.instanceId}/${t.intent}` : undefined;
  const known = t.sessionId;
  const match = sessions.find((s) =>
    known !== undefined
      ? s.id === known
      : tag !== undefined
        ? s.sink?.endsWith(tag)
        : sameFlowAndProfile(s, slot) && !ctx.o.host.isClaimed(s.id),
  );
  await deleteUntracked(sessions, match, ctx);
  if (!match) {
    logger.info({ slot: slot.key, intent: t.intent, sessionId: known }, "no such session upstream: forgotten");
    await ctx.forget(slot, t, slot.current !== t);
    return;
  }
  if (known === undefined) await ctx.o.store.recordCreated(t.intent, match.id);
  ctx.apply(slot, t, match);
  logger.info(
    { slot: slot.key, sessionId: match.id, status: match.status },
    known === undefined ? "session adopted after an unanswered create" : "session adopted",
  );
}

async function resolveById(slot: Slot, t: Tracked, ctx: ResolveContext): Promise<void> {
  try {
    ctx.apply(slot, t, await ctx.o.upstream.get(t.sessionId as string));
    ctx.o.logger.info({ slot: slot.key, sessionId: t.sessionId, status: t.status }, "session adopted");
  } catch (error) {
    if (ctx.o.classify(error) !== "not-found") throw error;
    ctx.o.logger.info({ slot: slot.key, sessionId: t.sessionId }, "no such session upstream: forgotten");
    await ctx.forget(slot, t, slot.current !== t);
  }
}

// Sessions carrying our sink tag that no journal entry knows: ours, and nobody will ever delete them.
async function deleteUntracked(
  sessions: UpstreamSession[],
  except: UpstreamSession | undefined,
  ctx: ResolveContext,
): Promise<void> {
  const marker = ctx.o.sink ? `/notifications/${ctx.o.sink.instanceId}/` : undefined;
  if (!marker) return;
  for (const s of sessions) {
    const at = s.sink?.lastIndexOf(marker) ?? -1;
    if (s === except || at < 0 || ctx.o.host.isClaimed(s.id)) continue;
    const intent = (s.sink as string).slice(at + marker.length);
    if (ctx.o.store.sessions.has(intent)) continue;
    try {
      await ctx.o.upstream.delete(s.id);
    } catch (error) {
      if (ctx.o.classify(error) !== "not-found") throw error;
    }
    ctx.o.logger.warn({ sessionId: s.id }, "deleted an orphaned session this daemon had created");
  }
}
