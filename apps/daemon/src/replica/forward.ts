// A follower passes API requests on to the leading replica, whose address is in the leader row,
// so every replica answers the same leases API behind a load balancer. The address is read at
// most once per `cacheMs` (not once per request), and requests go over kept-alive node:http
// connections with buffered bodies: forwarding is a follower's main work under load, and fetch's
// streams cost several times more CPU per request.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Clock } from "@qod/sdk";
import type { PgStore } from "../store/pg-store.js";

/** Options for forwardToLeader. */
export interface ForwardOptions {
  store: PgStore;
  clock: Clock;
  /** How long a leader address read from the database is reused. @default 1000 */
  cacheMs?: number;
  /** Longest wait for the leader's answer. @default 60000 */
  timeoutMs?: number;
}

// Hop-by-hop headers belong to one connection, not to the request or answer passed on.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length"]);

/** A forwarder: the leader's answer, or 503 while no replica leads or the leader does not answer. */
export function forwardToLeader(o: ForwardOptions): (request: Request) => Promise<Response> {
  const cacheMs = o.cacheMs ?? 1000;
  const timeoutMs = o.timeoutMs ?? 60_000;
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  let cached: { url: string; until: number } | undefined;

  const leaderUrl = async (): Promise<string | undefined> => {
    const now = o.clock.now();
    if (cached && now < cached.until) return cached.url;
    const url = await o.store.leaderUrl().catch(() => undefined);
    cached = url === undefined ? undefined : { url, until: now + cacheMs };
    return url;
  };

  return async (request) => {
    const leader = await leaderUrl();
    if (!leader) return unavailable("no replica leads right now (election or database outage); try again shortly");
    const source = new URL(request.url);
    const target = new URL(`${source.pathname}${source.search}`, leader);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) headers[name] = value;
    });
    headers["x-qodd-forwarded"] = "1";
    const body =
      request.method === "GET" || request.method === "HEAD" ? undefined : Buffer.from(await request.arrayBuffer());
    if (body) headers["content-length"] = String(body.length);
    try {
      const answer = await send(target, request.method, headers, body, agents, timeoutMs);
      // A 503 from there means it no longer leads (or cannot serve): look the leader up again next time.
      if (answer.status === 503) cached = undefined;
      return answer;
    } catch {
      cached = undefined;
      return unavailable("the leading replica did not answer; try again shortly");
    }
  };
}

function send(
  target: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  agents: { http: HttpAgent; https: HttpsAgent },
  timeoutMs: number,
): Promise<Response> {
  const https = target.protocol === "https:";
  return new Promise((resolve, reject) => {
    const req = (https ? httpsRequest : httpRequest)(
      target,
      { method, headers, agent: https ? agents.https : agents.http, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const status = res.statusCode ?? 502;
          const noBody = status === 204 || status === 304 || method === "HEAD";
          resolve(new Response(noBody ? null : Buffer.concat(chunks), { status, headers: answerHeaders(res.headers) }));
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("the leader did not answer in time")));
    req.on("error", reject);
    req.end(body);
  });
}

function answerHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

function unavailable(message: string): Response {
  return new Response(JSON.stringify({ status: 503, code: "NO_LEADER", message }), {
    status: 503,
    headers: { "content-type": "application/json", "retry-after": "2" },
  });
}
