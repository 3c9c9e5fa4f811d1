// How a follower answers a checked notification: 204 once the inbox row is committed (or was
// already there: a replay), 410 when no intent in the database matches (as the leader would
// answer), 503 with Retry-After while the database cannot take it. Never 204 without the commit.
import type { Context } from "hono";
import { problem } from "../http/problem.js";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import type { HandOffResult, InboxEvent } from "./inbox.js";

/** Stores an event for the leader (NotificationInbox.handOff). */
export type HandOff = (event: InboxEvent) => Promise<HandOffResult>;

export async function answerOnFollower(
  c: Context,
  handOff: HandOff,
  event: InboxEvent,
  o: { metrics: DaemonMetrics; logger: Logger },
): Promise<Response> {
  let result: HandOffResult;
  try {
    result = await handOff(event);
  } catch (error) {
    o.metrics.notifications.inc({ result: "unavailable" });
    o.logger.warn({ reason: (error as Error).message }, "notification refused: the inbox cannot be written; retry");
    c.header("retry-after", "2");
    return problem(c, 503, "UNAVAILABLE", "the notification cannot be stored right now; retry");
  }
  o.metrics.notifications.inc({ result });
  if (result === "unknown-session") return problem(c, 410, "GONE", "this daemon does not own that session");
  o.logger.info({ sessionId: event.sessionId, qosStatus: event.status, result }, "notification handed to the leader");
  return c.body(null, 204);
}
