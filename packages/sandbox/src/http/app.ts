import { Hono } from "hono";
import { provisioningOperations } from "../api/provisioning-operations.js";
import { PROFILES_VERSIONS, PROVISIONING_VERSION, QOD_VERSIONS } from "../api/versions.js";
import type { ControlService } from "../control/control-service.js";
import type { SandboxCore } from "../core.js";
import { ApiError, errors } from "../domain/api-error.js";
import { EventHub } from "../events/event-hub.js";
import { sandboxReader } from "../events/sandbox-reader.js";
import { apiRoute } from "./api-route.js";
import { registerControlRoutes } from "./control-routes.js";
import { registerDashboardRoute } from "./dashboard-route.js";
import { registerEventsRoute } from "./events-route.js";
import { profileOperations } from "./profile-operations.js";
import { qodOperations } from "./qod-operations.js";
import { errorResponse, json, validCorrelator } from "./respond.js";

/**
 * The sandbox's one request handler: every served API version, the control API, its event
 * stream, the dashboard and a health check.
 */
export function createApp(core: SandboxCore, control: ControlService): Hono {
  const app = new Hono();
  const methods = new Map<string, string[]>();
  // Answers carry the sandbox's time, so clients show remaining time by its clock, not theirs.
  app.use(async (c, next) => {
    await next();
    c.res.headers.set("date", core.clock.now().toUTCString());
  });
  const on = (method: "get" | "post" | "delete", path: string, handler: ReturnType<typeof apiRoute>) => {
    app[method](path, handler);
    methods.set(path, [...(methods.get(path) ?? []), method.toUpperCase()]);
  };

  for (const version of QOD_VERSIONS) {
    const qod = qodOperations(core, version);
    const base = version.base;
    on("post", `${base}/sessions`, apiRoute(core, qod.createSession));
    on("get", `${base}/sessions/:sessionId`, apiRoute(core, qod.getSession));
    on("delete", `${base}/sessions/:sessionId`, apiRoute(core, qod.deleteSession));
    on("post", `${base}/sessions/:sessionId/extend`, apiRoute(core, qod.extendQosSessionDuration));
    on("post", `${base}/retrieve-sessions`, apiRoute(core, qod.retrieveSessionsByDevice));
  }
  for (const version of PROFILES_VERSIONS) {
    const profiles = profileOperations(core, version);
    on("post", `${version.base}/retrieve-qos-profiles`, apiRoute(core, profiles.retrieveQoSProfiles));
    on("get", `${version.base}/qos-profiles/:name`, apiRoute(core, profiles.getQosProfile));
  }
  const provisioning = provisioningOperations(core);
  const assignments = `${PROVISIONING_VERSION.base}/qos-assignments`;
  on("post", assignments, apiRoute(core, provisioning.createQosAssignment));
  on("get", `${assignments}/:assignmentId`, apiRoute(core, provisioning.getQosAssignmentById));
  on("delete", `${assignments}/:assignmentId`, apiRoute(core, provisioning.revokeQosAssignment));
  on(
    "post",
    `${PROVISIONING_VERSION.base}/retrieve-qos-assignment`,
    apiRoute(core, provisioning.getQosAssignmentByDevice),
  );
  app.get("/healthz", (c) => json(200, { status: "ok" }, validCorrelator(c.req.raw.headers)));
  registerControlRoutes(app, core, control);
  registerEventsRoute(app, core, new EventHub(core.feed, sandboxReader(core, control)));
  registerDashboardRoute(app, core);

  // A known path asked with another method: 405 with the methods it does take.
  for (const [path, allowed] of methods) {
    app.all(path, (c) => {
      const response = errorResponse(
        new ApiError(405, "METHOD_NOT_ALLOWED", `${c.req.method} is not allowed here; use ${allowed.join(" or ")}.`),
        validCorrelator(c.req.raw.headers),
      );
      response.headers.set("allow", allowed.join(", "));
      return response;
    });
  }
  app.notFound((c) =>
    errorResponse(
      errors.notFound(`No route for ${c.req.method} ${c.req.path.slice(0, 200)}.`),
      validCorrelator(c.req.raw.headers),
    ),
  );
  app.onError((error, c) => {
    core.logger.warn(`unexpected error in ${c.req.method} ${c.req.path}: ${error.stack ?? String(error)}`);
    return errorResponse(new ApiError(500, "INTERNAL", "Internal server error."), validCorrelator(c.req.raw.headers));
  });
  return app;
}
