// The daemon's HTTP API on the listen address: health, readiness and metrics for operators,
// and the leases API for apps (bearer token required).
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Engine } from "../engine.js";
import { LeaseLimitError } from "../leases/lease-registry.js";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import {
  FlowConflictError,
  SessionRejectedError,
  SessionUnavailableError,
  UpstreamUnauthorizedError,
} from "../reconcile/errors.js";
import { StoreUnavailableError } from "../store/journal.js";
import type { StoredLease } from "../store/store.js";
import { bearerToken, tokensEqual } from "./bearer.js";
import { parseLeaseRequest, renewBodySchema } from "./lease-request.js";
import { problem } from "./problem.js";

/** What /readyz reports. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
  /** Why a failing check fails, when known (store faults, a refused token). */
  reasons?: string[];
}

/** Options for createApiApp. */
export interface ApiAppOptions {
  /** The API's bearer token (read through its token source). */
  apiToken: () => Promise<string>;
  /** The reconciler and leases; undefined on a replica that does not lead (requests are forwarded). */
  engine: () => Engine | undefined;
  /** Sends a request to the leading replica; absent on a single daemon. */
  forward?: ((request: Request) => Promise<Response>) | undefined;
  metrics: DaemonMetrics;
  readiness: () => Readiness;
  logger: Logger;
  /** Accept profiles outside the known catalogue. */
  allowUnknownProfiles: boolean;
  /** False while the daemon shuts down: new leases are refused. */
  accepting: () => boolean;
  /** True while the provider is considered down. */
  upstreamDown: () => boolean;
  /** Why lease writes cannot be kept now (store fault), or undefined. */
  storeFault: () => string | undefined;
  /** Why the provider refuses the daemon (revoked token, missing scopes), or undefined. */
  upstreamAuthFault: () => string | undefined;
  /** Longest a lease request waits for its session to be created, in ms. @default 30000 */
  sessionWaitMs?: number;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export function createApiApp(o: ApiAppOptions): Hono {
  const app = new Hono();
  const sessionWaitMs = o.sessionWaitMs ?? 30_000;

  // Routes below the forwarding middleware only run where an engine exists.
  const engine = () => o.engine() as Engine;
  const leaseView = (lease: StoredLease) => {
    const slot = engine().reconciler.get(lease.key);
    const current = slot?.current;
    return {
      leaseId: lease.id,
      holder: lease.holder,
      sessionId: current?.sessionId,
      status: current?.status ?? "NONE",
      expiresAt: iso(lease.expiresAt),
      ttlSeconds: lease.ttlSeconds,
      sessionExpiresAt: iso(current?.expiresAt),
      profile: lease.spec.profile,
      device: lease.spec.device,
    };
  };

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", (c) => {
    const r = o.readiness();
    const body = {
      status: r.ready ? "ready" : "not ready",
      checks: r.checks,
      ...(r.reasons && { reasons: r.reasons }),
    };
    return c.json(body, r.ready ? 200 : 503);
  });
  app.get("/metrics", async (c) => {
    o.metrics.ready.set(o.readiness().ready ? 1 : 0);
    return c.body(await o.metrics.render(), 200, { "content-type": o.metrics.contentType });
  });

  app.use("/v1/*", async (c, next) => {
    const given = bearerToken(c.req.header("authorization"));
    const expected = await o.apiToken().catch(() => undefined);
    if (given === undefined || expected === undefined || !tokensEqual(given, expected)) {
      c.header("www-authenticate", 'Bearer realm="qodd"');
      return problem(c, 401, "UNAUTHENTICATED", "a valid bearer token is required");
    }
    await next();
  });

  // A replica that does not lead passes the API on to the one that does.
  app.use("/v1/*", async (c, next) => {
    if (o.engine()) return next();
    if (o.forward && !c.req.header("x-qodd-forwarded")) return o.forward(c.req.raw);
    c.header("retry-after", "5");
    return problem(c, 503, "UNAVAILABLE", "the daemon is starting");
  });

  // Writes are refused at once, with the reason, while they could not be kept or served.
  const refusal = (c: Context): Response | undefined => {
    const store = o.storeFault();
    if (store) {
      c.header("retry-after", "5");
      return problem(c, 503, "STORE_UNAVAILABLE", `leases cannot be written now: ${store}`);
    }
    return undefined;
  };
  app.post("/v1/leases/*", async (c, next) => refusal(c) ?? next());
  app.delete("/v1/leases/*", async (c, next) => refusal(c) ?? next());

  app.post("/v1/leases", async (c) => {
    if (!o.accepting()) return problem(c, 503, "UNAVAILABLE", "the daemon is shutting down");
    const storeRefusal = refusal(c);
    if (storeRefusal) return storeRefusal;
    const auth = o.upstreamAuthFault();
    if (auth) return problem(c, 503, "UPSTREAM_UNAUTHORIZED", auth);
    const body = await c.req.json().catch(() => undefined);
    if (body === undefined) return problem(c, 400, "INVALID_ARGUMENT", "the body must be JSON");
    const parsed = parseLeaseRequest(body, o.allowUnknownProfiles);
    if (!parsed.ok) {
      const all = parsed.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
      return problem(c, 400, "INVALID_ARGUMENT", all || "invalid", parsed.issues);
    }
    const { spec, ttlSeconds, holder } = parsed.value;
    let lease: StoredLease;
    try {
      lease = await engine().leases.create(spec, holder, ttlSeconds);
    } catch (error) {
      if (error instanceof FlowConflictError) return problem(c, 409, "CONFLICT", error.message);
      if (error instanceof LeaseLimitError) return problem(c, 400, "OUT_OF_RANGE", error.message);
      throw error;
    }
    const slot = engine().reconciler.get(lease.key);
    if (slot && slot.current?.sessionId === undefined && o.upstreamDown()) {
      await engine().leases.release(lease.id);
      c.header("retry-after", "30");
      return problem(c, 503, "UPSTREAM_UNAVAILABLE", "the QoD provider is unreachable; try again later");
    }
    try {
      if (slot) await engine().reconciler.waitForSession(slot, sessionWaitMs);
    } catch (error) {
      // Best effort: with the store down the release is refused too, and the lease lapses by its TTL.
      await engine()
        .leases.release(lease.id)
        .catch(() => undefined);
      if (error instanceof SessionRejectedError) {
        const status = (
          error.status && error.status >= 400 && error.status < 500 ? error.status : 422
        ) as ContentfulStatusCode;
        return problem(c, status, error.code ?? "REJECTED", `the provider refused the session: ${error.message}`);
      }
      if (error instanceof UpstreamUnauthorizedError) {
        return problem(c, 503, "UPSTREAM_UNAUTHORIZED", o.upstreamAuthFault() ?? error.message);
      }
      if (error instanceof SessionUnavailableError) {
        c.header("retry-after", "30");
        return problem(c, 503, "UPSTREAM_UNAVAILABLE", error.message);
      }
      throw error;
    }
    o.logger.info({ leaseId: lease.id, holder, slot: lease.key }, "lease created");
    return c.json(leaseView(lease), 201);
  });

  app.post("/v1/leases/:id/renew", async (c) => {
    const text = await c.req.text();
    let raw: unknown = {};
    try {
      raw = text.trim() ? JSON.parse(text) : {};
    } catch {
      return problem(c, 400, "INVALID_ARGUMENT", "the body must be JSON or empty");
    }
    const parsed = renewBodySchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      return problem(c, 400, "INVALID_ARGUMENT", `${issues[0]?.path}: ${issues[0]?.message}`, issues);
    }
    try {
      const lease = await engine().leases.renew(c.req.param("id"), parsed.data.ttlSeconds);
      if (!lease) return problem(c, 404, "NOT_FOUND", "no such lease (it may have expired)");
      return c.json(leaseView(lease));
    } catch (error) {
      if (error instanceof LeaseLimitError) return problem(c, 400, "OUT_OF_RANGE", error.message);
      throw error;
    }
  });

  app.delete("/v1/leases/:id", async (c) => {
    const released = await engine().leases.release(c.req.param("id"));
    if (!released) return problem(c, 404, "NOT_FOUND", "no such lease (it may have expired)");
    return c.body(null, 204);
  });

  app.get("/v1/leases/:id", (c) => {
    const lease = engine().leases.get(c.req.param("id"));
    return lease ? c.json(leaseView(lease)) : problem(c, 404, "NOT_FOUND", "no such lease (it may have expired)");
  });

  app.get("/v1/leases", (c) => c.json(engine().leases.list().map(leaseView)));

  app.get("/v1/sessions", (c) =>
    c.json(
      engine()
        .reconciler.views()
        .map((v) => ({
          ...v,
          holders: v.holders.map((h) => (h.startsWith("lease:") ? { lease: h.slice(6) } : { config: h.slice(7) })),
        })),
    ),
  );

  app.notFound((c) => problem(c, 404, "NOT_FOUND", `no route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof StoreUnavailableError) {
      c.header("retry-after", "5");
      return problem(c, 503, "STORE_UNAVAILABLE", `leases cannot be written now: ${error.message}`);
    }
    o.logger.error({ err: { name: error.name, message: error.message } }, "API request failed");
    return problem(c, 500, "INTERNAL", "the request failed; see the daemon's log");
  });
  return app;
}
