import type { Hono } from "hono";
import type { SandboxCore } from "../core.js";
import { errors } from "../domain/api-error.js";
import type { EventHub } from "../events/event-hub.js";
import { adminAuthorized } from "./admin-auth.js";
import { CONTROL_BASE } from "./control-routes.js";
import { errorResponse, validCorrelator } from "./respond.js";

/** Messages a stream may leave unread before it is ended: the client then reconnects and gets a snapshot. */
const MAX_UNREAD = 1000;

/** `GET /sandbox/v1/events`: the sandbox's changes as server-sent events, guarded like the control API. */
export function registerEventsRoute(app: Hono, core: SandboxCore, hub: EventHub): void {
  const encoder = new TextEncoder();
  app.get(`${CONTROL_BASE}/events`, (c) => {
    if (!adminAuthorized(core, c.req.header("authorization")))
      return errorResponse(errors.unauthenticated(), validCorrelator(c.req.raw.headers));
    let disconnect: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          const client = {
            write(chunk: string) {
              if ((controller.desiredSize ?? 0) < -MAX_UNREAD) {
                disconnect?.();
                controller.close();
              } else controller.enqueue(encoder.encode(chunk));
            },
            close: () => controller.close(),
          };
          disconnect = hub.connect(client);
        },
        cancel() {
          disconnect?.();
        },
      },
      { highWaterMark: 1 },
    );
    return new Response(body, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        "x-accel-buffering": "no",
      },
    });
  });
}
