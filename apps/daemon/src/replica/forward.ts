// A follower passes API requests on to the leading replica, whose address is in the leader row,
// so every replica answers the same leases API behind a load balancer.
import type { PgStore } from "../store/pg-store.js";

/** A forwarder: the leader's answer, or 503 while no replica leads. */
export function forwardToLeader(store: PgStore): (request: Request) => Promise<Response> {
  return async (request) => {
    const leader = await store.leaderUrl().catch(() => undefined);
    if (!leader) return unavailable("no replica leads right now (election or database outage); try again shortly");
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    headers.delete("host");
    headers.set("x-qodd-forwarded", "1");
    try {
      const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
      return await fetch(`${leader}${url.pathname}${url.search}`, {
        method: request.method,
        headers,
        ...(body !== undefined && { body }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch {
      return unavailable("the leading replica did not answer; try again shortly");
    }
  };
}

function unavailable(message: string): Response {
  return new Response(JSON.stringify({ status: 503, code: "NO_LEADER", message }), {
    status: 503,
    headers: { "content-type": "application/json", "retry-after": "2" },
  });
}
