// Receives the provider's CloudEvents for the sessions this daemon created. Each session's sink
// is `<prefix>/<instance>/<intent>`; the provider sends back the per-daemon bearer credential, checked in
// constant time. Status changes reach the reconciler at once; a session it does not know gets
// 410 Gone so the provider stops sending. A replica that does not lead checks the same and hands
// the event to the leader through the database (follower-hand-off.ts).
import { Hono } from "hono";
import * as z from "zod";
import { bearerToken, tokensEqual } from "../http/bearer.js";
import { problem } from "../http/problem.js";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import type { QosStatus } from "../upstream/upstream.js";
import { answerOnFollower, type HandOff } from "./follower-hand-off.js";

const EVENT_TYPE = "org.camaraproject.quality-on-demand.v1.qos-status-changed";

const eventSchema = z.object({
  specversion: z.literal("1.0"),
  type: z.literal(EVENT_TYPE),
  id: z.string().min(1),
  source: z.string().optional(),
  time: z.string().optional(),
  data: z.object({
    sessionId: z.string().min(1),
    qosStatus: z.enum(["REQUESTED", "AVAILABLE", "UNAVAILABLE"]),
    statusInfo: z.string().optional(),
  }),
});

/** Options for createNotificationApp. */
export interface NotificationAppOptions {
  /** The bearer token the provider must present (the sink credential's access token). */
  token: string;
  /** Hands a status change to the reconciler; false when the session is not this daemon's. */
  notify: (
    intent: string,
    sessionId: string,
    status: QosStatus,
    statusInfo: string | undefined,
    at: number | undefined,
  ) => boolean | "retry";
  /** Where a replica that does not lead stores the event for the leader; without it, 503. */
  handOff?: HandOff;
  metrics: DaemonMetrics;
  logger: Logger;
}

export function createNotificationApp(o: NotificationAppOptions): Hono {
  const app = new Hono();
  app.post("/v1/notifications/:instance/:intent", async (c) => {
    const given = bearerToken(c.req.header("authorization"));
    if (given === undefined || !tokensEqual(given, o.token)) {
      o.metrics.notifications.inc({ result: "unauthorized" });
      o.logger.warn({ intent: c.req.param("intent") }, "notification refused: wrong or missing bearer token");
      c.header("www-authenticate", 'Bearer realm="qodd-notifications"');
      return problem(c, 401, "UNAUTHENTICATED", "a valid bearer token is required");
    }
    const parsed = eventSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) {
      o.metrics.notifications.inc({ result: "invalid" });
      return problem(c, 400, "INVALID_ARGUMENT", "expected a qos-status-changed CloudEvent");
    }
    const { data, time, id, source } = parsed.data;
    const parsedAt = time === undefined ? undefined : Date.parse(time);
    const at = Number.isNaN(parsedAt) ? undefined : parsedAt;
    const intent = c.req.param("intent");
    const known = o.notify(intent, data.sessionId, data.qosStatus, data.statusInfo, at);
    if (known === "retry" && o.handOff) {
      const key = JSON.stringify([source ?? null, id]);
      const event = { key, intent, sessionId: data.sessionId, status: data.qosStatus, statusInfo: data.statusInfo, at };
      return answerOnFollower(c, o.handOff, event, o);
    }
    if (known === "retry") {
      // A replica that does not lead and has no inbox: the provider retries; polling covers the rest.
      o.metrics.notifications.inc({ result: "not-leader" });
      c.header("retry-after", "2");
      return problem(c, 503, "UNAVAILABLE", "this replica does not lead; retry");
    }
    if (!known) {
      o.metrics.notifications.inc({ result: "unknown-session" });
      return problem(c, 410, "GONE", "this daemon does not own that session");
    }
    o.metrics.notifications.inc({ result: "accepted" });
    o.logger.info(
      { sessionId: data.sessionId, qosStatus: data.qosStatus, statusInfo: data.statusInfo },
      "notification",
    );
    return c.body(null, 204);
  });
  app.notFound((c) => problem(c, 404, "NOT_FOUND", "no such route"));
  return app;
}
