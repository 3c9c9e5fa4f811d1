// The leases API: shared sessions with reference counting, TTL expiry, validation, auth.
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, sandboxSessions, startHarness } from "./support/harness.js";
import { metric } from "./support/metrics.js";

const device = { phoneNumber: "+36721601234567" };
const lease = (holder: string, extra: Record<string, unknown> = {}) => ({
  device,
  profile: "QOS_L",
  serviceIpv4: "198.51.100.40",
  ports: { service: { ports: [8443] } },
  ttlSeconds: 120,
  holder,
  ...extra,
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("leases", () => {
  it("shares one upstream session between two leases and deletes it after the last release", async () => {
    h = await startHarness();
    const a = await h.api("/v1/leases", { body: lease("app-a") });
    expect(a.status).toBe(201);
    const leaseA = (await a.json()) as Record<string, string>;
    expect(leaseA).toMatchObject({ holder: "app-a", status: "REQUESTED", ttlSeconds: 120 });
    expect(leaseA.leaseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(leaseA.expiresAt).toBe(new Date(h.sandbox.clock.now().getTime() + 120_000).toISOString());

    const b = await h.api("/v1/leases", { body: lease("app-b") });
    expect(b.status).toBe(201);
    const leaseB = (await b.json()) as Record<string, string>;
    expect(leaseB.sessionId).toBe(leaseA.sessionId);
    expect(sandboxSessions(h.sandbox)).toHaveLength(1);

    const sessions = (await (await h.api("/v1/sessions")).json()) as { sessionId: string; holders: unknown[] }[];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.holders).toEqual(
      expect.arrayContaining([{ lease: leaseA.leaseId }, { lease: leaseB.leaseId }]),
    );
    expect(await metric(h.daemon, "qodd_leases")).toBe(2);

    expect((await h.api(`/v1/leases/${leaseA.leaseId}`, { method: "DELETE" })).status).toBe(204);
    await h.settle();
    expect(h.sandbox.state.session(leaseA.sessionId as string)).toBeDefined();

    expect((await h.api(`/v1/leases/${leaseB.leaseId}`, { method: "DELETE" })).status).toBe(204);
    await h.settle();
    expect(h.sandbox.state.session(leaseA.sessionId as string)).toBeUndefined();
    expect(sandboxSessions(h.sandbox)).toHaveLength(0);
    expect(await (await h.api("/v1/sessions")).json()).toEqual([]);
    expect((await h.api(`/v1/leases/${leaseB.leaseId}`, { method: "DELETE" })).status).toBe(404);
  });

  it("releases a lease not renewed within its TTL, and keeps one that is", async () => {
    h = await startHarness();
    const kept = (await (await h.api("/v1/leases", { body: lease("renewer", { ttlSeconds: 60 }) })).json()) as Record<
      string,
      string
    >;
    const lapsing = (await (
      await h.api("/v1/leases", {
        body: lease("forgetful", { ttlSeconds: 60, serviceIpv4: "198.51.100.41" }),
      })
    ).json()) as Record<string, string>;
    expect(sandboxSessions(h.sandbox)).toHaveLength(2);

    await h.advance(40);
    const renewed = await h.api(`/v1/leases/${kept.leaseId}/renew`, { method: "POST" });
    expect(renewed.status).toBe(200);
    expect(((await renewed.json()) as { status: string }).status).toBe("AVAILABLE");

    await h.advance(30); // 70 s: the unrenewed lease is past its 60 s TTL, the renewed one is not
    expect((await h.api(`/v1/leases/${lapsing.leaseId}`)).status).toBe(404);
    expect(h.sandbox.state.session(lapsing.sessionId as string)).toBeUndefined();
    expect(h.sandbox.state.session(kept.sessionId as string)?.qosStatus).toBe("AVAILABLE");
    expect((await h.api(`/v1/leases/${lapsing.leaseId}/renew`, { method: "POST" })).status).toBe(404);

    await h.advance(60); // the renewed one lapses too
    expect((await h.api("/v1/leases").then((r) => r.json())) as unknown[]).toEqual([]);
    expect(sandboxSessions(h.sandbox)).toHaveLength(0);
  });

  it("refuses invalid input with 400 naming the field, before any upstream call", async () => {
    h = await startHarness();
    const before = h.daemon.upstream.totalCalls;
    const cases: [Record<string, unknown>, string][] = [
      [lease("x", { device: { phoneNumber: "+36 72 160 1234" } }), "device.phoneNumber"],
      [lease("x", { device: { ipv4Address: { publicAddress: "233.252.0.2" } } }), "device.ipv4Address"],
      [lease("x", { profile: "QOS_XL" }), "profile"],
      [lease("x", { serviceIpv4: undefined }), "serviceIpv4"],
      [lease("x", { ports: { service: { ports: [70000] } } }), "ports.service.ports[0]"],
      [lease("x", { ttlSeconds: 0 }), "ttlSeconds"],
      [lease("x", { holder: undefined }), "holder"],
    ];
    for (const [body, path] of cases) {
      const res = await h.api("/v1/leases", { body });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { code: string; issues: { path: string }[] };
      expect(problem.code).toBe("INVALID_ARGUMENT");
      expect(problem.issues.map((i) => i.path)).toContain(path);
    }
    expect(h.daemon.upstream.totalCalls).toBe(before);
  });

  it("reports every bad field of one request at once, a missing one as 'is required'", async () => {
    h = await startHarness();
    const body = lease("x", { profile: "QOS_XL", ttlSeconds: 0, holder: undefined });
    const res = await h.api("/v1/leases", { body });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { message: string; issues: { path: string; message: string }[] };
    expect(problem.issues).toEqual(
      expect.arrayContaining([
        { path: "holder", message: "is required" },
        expect.objectContaining({ path: "ttlSeconds" }),
        expect.objectContaining({ path: "profile" }),
      ]),
    );
    for (const field of ["holder", "ttlSeconds", "profile"]) expect(problem.message).toContain(`${field}:`);
  });

  it("refuses a lease whose flow overlaps another profile's on the same device (prefix and ports)", async () => {
    h = await startHarness();
    expect((await h.api("/v1/leases", { body: lease("a", { serviceIpv4: "198.51.100.0/24" }) })).status).toBe(201);
    const res = await h.api("/v1/leases", { body: lease("b", { profile: "QOS_M", serviceIpv4: "198.51.100.40" }) });
    expect(res.status).toBe(409);
    const other = await h.api("/v1/leases", {
      body: lease("c", { profile: "QOS_M", serviceIpv4: "198.51.100.40", ports: { service: { ports: [9443] } } }),
    });
    // Same address, ports that do not meet: another flow, which the provider accepts too.
    expect(other.status).toBe(201);
  });

  it("requires the bearer token, refuses a second profile on a held flow, and passes on provider refusals", async () => {
    h = await startHarness();
    expect((await h.api("/v1/leases", { token: null })).status).toBe(401);
    expect((await h.api("/v1/leases", { token: "wrong" })).status).toBe(401);
    expect((await h.api("/healthz", { token: null })).status).toBe(200);

    expect((await h.api("/v1/leases", { body: lease("a") })).status).toBe(201);
    const conflict = await h.api("/v1/leases", { body: lease("b", { profile: "QOS_M" }) });
    expect(conflict.status).toBe(409);

    // The seed's ineligible device: the provider answers 422 and no lease is kept.
    const refused = await h.api("/v1/leases", {
      body: lease("c", { device: { phoneNumber: "+36721601234599" }, serviceIpv4: "198.51.100.42" }),
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { code: string }).code).toBe("SERVICE_NOT_APPLICABLE");
    expect(((await (await h.api("/v1/leases")).json()) as unknown[]).length).toBe(1);
  });
});
