import type { Context, Hono } from "hono";
import { deleteAnyAssignment } from "../control/assignment-admin.js";
import type { ControlService } from "../control/control-service.js";
import { deleteAnySession, extendAnySession } from "../control/session-admin.js";
import type { SandboxCore } from "../core.js";
import { ApiError, errors } from "../domain/api-error.js";
import { StateBusyError } from "../storage/transaction-runner.js";
import { adminAuthorized } from "./admin-auth.js";
import { headerReader } from "./header-reader.js";
import { readJson } from "./read-body.js";
import { CORRELATOR, empty, errorResponse, json } from "./respond.js";

type Body = "none" | "optional" | "required";
type Handler = (
  c: Context,
  body: unknown,
) => Promise<{ status: number; body?: unknown }> | { status: number; body?: unknown };

export const CONTROL_BASE = "/sandbox/v1";

/** Registers the control API (`/sandbox/v1`), guarded by the admin token when the sandbox is exposed. */
export function registerControlRoutes(app: Hono, core: SandboxCore, control: ControlService): void {
  const route = (bodyMode: Body, handler: Handler) => async (c: Context) => {
    const header = c.req.header("x-correlator");
    const correlator = header !== undefined && CORRELATOR.test(header) ? header : undefined;
    try {
      if (header !== undefined && correlator === undefined) throw errors.invalidArgument("x-correlator: malformed");
      if (!adminAuthorized(core, c.req.header("authorization"))) throw errors.unauthenticated();
      const body =
        bodyMode === "none"
          ? undefined
          : await readJson(c.req.raw, headerReader(c.req.raw, c.env), core.maxBodyBytes, bodyMode === "optional");
      const result = await handler(c, body);
      return result.body === undefined
        ? empty(result.status, correlator)
        : json(result.status, result.body, correlator);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, correlator);
      if (error instanceof StateBusyError) return errorResponse(errors.stateBusy(), correlator);
      throw error;
    }
  };

  const base = CONTROL_BASE;
  app.post(
    `${base}/tokens`,
    route("optional", (_c, body) => ({ status: 201, body: control.mintToken(body) })),
  );
  app.post(
    `${base}/devices`,
    route("required", (_c, body) => ({ status: 201, body: control.addDevice(body) })),
  );
  app.get(
    `${base}/devices`,
    route("none", () => ({ status: 200, body: control.devices() })),
  );
  app.put(
    `${base}/profiles/:name`,
    route("required", (c, body) => {
      const { created, profile } = control.putProfile(c.req.param("name") ?? "", body);
      return { status: created ? 201 : 200, body: profile };
    }),
  );
  app.get(
    `${base}/provisioning`,
    route("none", () => ({ status: 200, body: control.provisioning() })),
  );
  app.put(
    `${base}/provisioning`,
    route("required", (_c, body) => ({ status: 200, body: control.provisioning(body) })),
  );
  app.get(
    `${base}/clock`,
    route("none", () => ({ status: 200, body: control.clock() })),
  );
  app.post(
    `${base}/clock/advance`,
    route("required", async (_c, body) => ({ status: 200, body: await control.advance(body) })),
  );
  app.post(
    `${base}/sessions/:sessionId/terminate`,
    route("none", (c) => ({ status: 200, body: control.terminate(c.req.param("sessionId") ?? "") })),
  );
  app.post(
    `${base}/assignments/:assignmentId/terminate`,
    route("none", (c) => ({ status: 200, body: control.terminateAssignment(c.req.param("assignmentId") ?? "") })),
  );
  app.delete(
    `${base}/assignments/:assignmentId`,
    route("none", (c) => deleteAnyAssignment(core, c.req.param("assignmentId") ?? "")),
  );
  app.post(
    `${base}/sessions/:sessionId/extend`,
    route("required", (c, body) => ({
      status: 200,
      body: extendAnySession(core, c.req.param("sessionId") ?? "", body),
    })),
  );
  app.delete(
    `${base}/sessions/:sessionId`,
    route("none", (c) => {
      deleteAnySession(core, c.req.param("sessionId") ?? "");
      return { status: 204 };
    }),
  );
  app.post(
    `${base}/faults`,
    route("required", (_c, body) => ({ status: 201, body: control.addFault(body) })),
  );
  app.delete(
    `${base}/faults`,
    route("none", () => {
      control.clearFaults();
      return { status: 204 };
    }),
  );
  app.post(
    `${base}/limits`,
    route("required", (_c, body) => ({ status: 201, body: control.setLimit(body) })),
  );
  app.delete(
    `${base}/limits`,
    route("none", () => {
      control.clearLimits();
      return { status: 204 };
    }),
  );
  app.post(
    `${base}/reset`,
    route("optional", (_c, body) => {
      control.reset(body);
      return { status: 200, body: control.state() };
    }),
  );
  app.get(
    `${base}/state`,
    route("none", () => ({ status: 200, body: control.state() })),
  );
  app.get(
    `${base}/notifications`,
    route("none", () => ({ status: 200, body: control.notifications() })),
  );
}
