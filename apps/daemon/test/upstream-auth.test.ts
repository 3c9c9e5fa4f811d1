// A revoked token (401) or missing scopes (403) is its own condition, not an outage: leases are
// answered at once with the reason, /readyz names it, a metric counts it, and once the provider
// accepts the token again everything resumes by itself.
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./support/harness.js";
import { metric } from "./support/metrics.js";

const lease = (holder: string, last: number) => ({
  device: { phoneNumber: "+36721601234567" },
  profile: "QOS_L",
  serviceIpv4: `198.51.100.${last}`,
  ttlSeconds: 600,
  holder,
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("upstream 401/403", () => {
  it("answers leases at once while the token is refused, reports why, and resumes when it is accepted", async () => {
    let revoked = false;
    h = await startHarness({
      wrapFetch: (fetch) => (request) => {
        if (!revoked) return fetch(request);
        const headers = new Headers(request.headers);
        headers.set("authorization", "Bearer revoked-token");
        return fetch(new Request(request, { headers }));
      },
    });
    revoked = true;
    // No simulated time passes: the answer comes without waiting for the session timeout.
    const first = await h.api("/v1/leases", { body: lease("app", 30) });
    expect(first.status).toBe(503);
    const problem = (await first.json()) as { code: string; message: string };
    expect(problem.code).toBe("UPSTREAM_UNAUTHORIZED");
    expect(problem.message).toContain("revoked");
    const again = await h.api("/v1/leases", { body: lease("app", 31) });
    expect(((await again.json()) as { code: string }).code).toBe("UPSTREAM_UNAUTHORIZED");

    const ready = await h.api("/readyz");
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { checks: Record<string, boolean>; reasons: string[] };
    // Not an outage: the provider answers; it refuses this daemon.
    expect(body.checks).toMatchObject({ upstream: true, upstreamAuth: false });
    expect(body.reasons.join(" ")).toContain("(401)");
    expect(await metric(h.daemon, "qodd_upstream_auth_failures_total")).toBeGreaterThanOrEqual(1);
    expect(h.daemon.readiness().checks.upstream).toBe(true);

    revoked = false;
    await h.advance(60);
    expect((await h.api("/readyz")).status).toBe(200);
    expect((await h.api("/v1/leases", { body: lease("app", 32) })).status).toBe(201);
  });

  it("treats 403 (scopes missing) the same way", async () => {
    h = await startHarness();
    h.sandbox.control.addFault({ method: "POST", path: "/sessions", status: 403, count: 1 });
    const res = await h.api("/v1/leases", { body: lease("app", 40) });
    expect(res.status).toBe(503);
    const problem = (await res.json()) as { code: string; message: string };
    expect(problem.code).toBe("UPSTREAM_UNAUTHORIZED");
    expect(problem.message).toContain("403");
  });
});
