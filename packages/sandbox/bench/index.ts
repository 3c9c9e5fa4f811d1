// `pnpm bench`: the sandbox over HTTP next to Prism's mock and a bare node:http server, measured
// in the same run with autocannon, then 100,000 live sessions in one sandbox. Prints Markdown.
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { DEV_TOKEN } from "../src/index.js";
import { type Child, runPrismMock, runScript } from "./children.js";
import { type LoadResult, load } from "./load.js";
import { describeMachine } from "./machine.js";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const SESSION_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const spec = fileURLToPath(new URL("../../../openapi/quality-on-demand.yaml", import.meta.url));
const auth = { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let flow = 0;
/** A create body whose device port differs from every session still alive, so creates never conflict. */
function createBody(): string {
  flow = (flow + 1) % 65_536;
  return JSON.stringify({
    device: { phoneNumber: "+36721601234567" },
    applicationServer: { ipv4Address: "233.252.0.2" },
    devicePorts: { ports: [flow] },
    qosProfile: "QOS_L",
    duration: 3600,
  });
}

function createThenDelete(base: string) {
  return [
    {
      method: "POST",
      path: `${base}/sessions`,
      setupRequest: (req: any) => ({ ...req, body: createBody() }),
      onResponse: (status: number, body: string, context: any) => {
        context.id = status === 201 ? JSON.parse(body).sessionId : SESSION_ID;
      },
    },
    {
      method: "DELETE",
      setupRequest: (req: any, context: any) => ({ ...req, path: `${base}/sessions/${context.id}` }),
    },
  ];
}

async function measure(name: string, url: string, requests: any[]): Promise<LoadResult> {
  await load({ url, requests, headers: auth, duration: 1, connections: CONNECTIONS }); // warm-up
  const result = await load({ url, requests, headers: auth, duration: DURATION, connections: CONNECTIONS });
  process.stderr.write(`${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms} ms\n`);
  return result;
}

const machine = describeMachine();
const children: Child[] = [];
try {
  const sandbox = await runScript("serve-sandbox.ts");
  const bare = await runScript("serve-bare.ts");
  const prism = await runPrismMock(spec, await freePort());
  children.push(sandbox, bare, prism);

  const created = await fetch(`${sandbox.line}/quality-on-demand/v1/sessions`, {
    method: "POST",
    headers: auth,
    body: createBody(),
  });
  const { sessionId } = (await created.json()) as { sessionId: string };

  const rows: [string, string, LoadResult][] = [];
  rows.push([
    "GET session",
    "sandbox",
    await measure("sandbox GET", sandbox.line, [
      { method: "GET", path: `/quality-on-demand/v1/sessions/${sessionId}` },
    ]),
  ]);
  rows.push([
    "GET session",
    "Prism mock",
    await measure("prism GET", prism.line, [{ method: "GET", path: `/sessions/${SESSION_ID}` }]),
  ]);
  rows.push(["GET", "bare node:http", await measure("bare GET", bare.line, [{ method: "GET", path: "/" }])]);
  rows.push([
    "create+delete",
    "sandbox",
    await measure("sandbox create+delete", sandbox.line, createThenDelete("/quality-on-demand/v1")),
  ]);
  rows.push(["create+delete", "Prism mock", await measure("prism create+delete", prism.line, createThenDelete(""))]);
  rows.push([
    "POST+DELETE",
    "bare node:http",
    await measure("bare POST+DELETE", bare.line, [
      { method: "POST", path: "/", body: "{}" },
      { method: "DELETE", path: "/" },
    ]),
  ]);

  const rps = (scenario: number) => rows[scenario]?.[2].requestsPerSecond ?? 0;
  const scale = JSON.parse(
    (await runScript("scale.ts", ["100000"], ["--expose-gc", "--max-old-space-size=2048"])).line,
  );

  const out: string[] = [];
  out.push(`Machine: ${machine}.`, "");
  out.push(
    `HTTP on loopback, autocannon ${CONNECTIONS} connections, ${DURATION} s per row after a 1 s warm-up; each server in its own process.`,
    "",
  );
  out.push("| scenario | server | requests/s | p99 latency (ms) | non-2xx | errors |", "|---|---|--:|--:|--:|--:|");
  for (const [scenario, server, r] of rows)
    out.push(
      `| ${scenario} | ${server} | ${r.requestsPerSecond.toFixed(0)} | ${r.p99Ms} | ${r.non2xx} | ${r.errors} |`,
    );
  out.push("");
  out.push(
    `GET session: sandbox = ${(rps(0) / rps(1)).toFixed(1)}× Prism's mock (target ≥ 10×), ${((100 * rps(0)) / rps(2)).toFixed(0)}% of bare node:http (target ≥ 40%).`,
    `create+delete: sandbox = ${(rps(3) / rps(4)).toFixed(1)}× Prism's mock, ${((100 * rps(3)) / rps(5)).toFixed(0)}% of bare node:http.`,
    "",
  );
  out.push(
    "| live sessions | create (in-process) | RSS before → with sessions | JS heap before → with | clock advance over all activations and expiries | advance over all removals |",
    "|--:|--:|--:|--:|--:|--:|",
  );
  out.push(
    `| ${scale.sessions.toLocaleString("en")} | ${scale.createSeconds.toFixed(1)} s | ${scale.baselineRssMb.toFixed(0)} → ${scale.rssMb.toFixed(0)} MB (target ≤ 400) | ${scale.baselineHeapMb.toFixed(0)} → ${scale.heapMb.toFixed(0)} MB | ${scale.expirySeconds.toFixed(2)} s for ${scale.ended.toLocaleString("en")} expiries (target ≤ 5 s) | ${scale.removalSeconds.toFixed(2)} s, ${scale.left} left |`,
  );
  console.log(out.join("\n"));
} finally {
  await Promise.all(children.map((c) => c.stop()));
}
