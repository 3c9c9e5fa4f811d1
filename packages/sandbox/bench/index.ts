// `pnpm bench`: the sandbox over HTTP next to Prism's mock and a bare node:http server, measured
// in the same run with autocannon, then 100,000 live sessions in one sandbox. Prints Markdown.
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { DEV_TOKEN } from "../src/index.js";
import { type Child, runPrismMock, runScript } from "./children.js";
import { coldStartTable, measureColdStart } from "./cold-start.js";
import { cpuSeconds } from "./cpu-time.js";
import { type LoadResult, load } from "./load.js";
import { describeMachine } from "./machine.js";
import { measureStoredSessions, storedSessionsTable } from "./stored-sessions.js";

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 10;
const SESSION_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const spec = fileURLToPath(new URL("../../../openapi/quality-on-demand/1.1.0.yaml", import.meta.url));
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
  // Pairs cut off at the end of a run leave sessions behind: never reuse a flow, or they conflict.
  flow++;
  return JSON.stringify({
    device: { phoneNumber: "+36721601234567" },
    applicationServer: { ipv4Address: "233.252.0.2" },
    devicePorts: { ports: [flow % 65_536] },
    applicationServerPorts: { ports: [Math.floor(flow / 65_536) % 65_536] },
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

interface Target {
  scenario: string;
  server: string;
  url: string;
  /** The server's process, whose CPU time is read around each run. */
  pid: number;
  requests: any[];
}

interface Row {
  scenario: string;
  server: string;
  result: LoadResult;
  /** Median server CPU per request, in µs; undefined where /proc is not available. */
  cpuMicros: number | undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Runs every target once per round, round after round, and keeps each target's median: on a
 * shared machine the load drifts, and interleaving spreads that drift over all servers alike.
 */
async function measureInRounds(targets: Target[]): Promise<Row[]> {
  const results = targets.map(() => [] as LoadResult[]);
  const cpu = targets.map(() => [] as number[]);
  for (const t of targets)
    await load({ url: t.url, requests: t.requests, headers: auth, duration: 1, connections: CONNECTIONS });
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, t] of targets.entries()) {
      const before = cpuSeconds(t.pid);
      const r = await load({
        url: t.url,
        requests: t.requests,
        headers: auth,
        duration: DURATION,
        connections: CONNECTIONS,
      });
      const after = cpuSeconds(t.pid);
      results[i]?.push(r);
      if (before !== undefined && after !== undefined && r.total > 0) cpu[i]?.push(((after - before) * 1e6) / r.total);
      process.stderr.write(
        `round ${round + 1} ${t.scenario} ${t.server}: ${r.requestsPerSecond.toFixed(0)} req/s, p99 ${r.p99Ms} ms\n`,
      );
    }
  }
  return targets.map((t, i) => {
    const runs = results[i] ?? [];
    const cpuRuns = cpu[i] ?? [];
    return {
      scenario: t.scenario,
      server: t.server,
      result: {
        requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
        total: runs.reduce((n, r) => n + r.total, 0),
        p99Ms: median(runs.map((r) => r.p99Ms)),
        non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
        errors: runs.reduce((n, r) => n + r.errors, 0),
      },
      cpuMicros: cpuRuns.length > 0 ? median(cpuRuns) : undefined,
    };
  });
}

const machine = describeMachine();
// Before any server starts, so no child process competes with the short-lived ones.
const coldStart = measureColdStart();
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

  const rows = await measureInRounds([
    {
      scenario: "GET session",
      server: "sandbox",
      url: sandbox.line,
      pid: sandbox.pid,
      requests: [{ method: "GET", path: `/quality-on-demand/v1/sessions/${sessionId}` }],
    },
    {
      scenario: "GET session",
      server: "Prism mock",
      url: prism.line,
      pid: prism.pid,
      requests: [{ method: "GET", path: `/sessions/${SESSION_ID}` }],
    },
    {
      scenario: "GET",
      server: "bare node:http",
      url: bare.line,
      pid: bare.pid,
      requests: [{ method: "GET", path: "/" }],
    },
    {
      scenario: "create+delete",
      server: "sandbox",
      url: sandbox.line,
      pid: sandbox.pid,
      requests: createThenDelete("/quality-on-demand/v1"),
    },
    {
      scenario: "create+delete",
      server: "Prism mock",
      url: prism.line,
      pid: prism.pid,
      requests: createThenDelete(""),
    },
    {
      scenario: "POST+DELETE",
      server: "bare node:http",
      url: bare.line,
      pid: bare.pid,
      requests: [
        { method: "POST", path: "/", body: "{}" },
        { method: "DELETE", path: "/" },
      ],
    },
  ]);

  const rps = (row: number) => rows[row]?.result.requestsPerSecond ?? 0;
  const cpu = (row: number) => rows[row]?.cpuMicros;
  const cpuRatio = (a: number, b: number) => {
    const x = cpu(a);
    const y = cpu(b);
    return x === undefined || y === undefined ? "n/a" : (y / x).toFixed(1);
  };
  const scale = JSON.parse(
    (await runScript("scale.ts", ["100000"], ["--expose-gc", "--max-old-space-size=2048"])).line,
  );

  const out: string[] = [];
  out.push(`Machine: ${machine}.`, "");
  out.push(
    `HTTP on loopback, autocannon ${CONNECTIONS} connections; each server in its own process; ${ROUNDS} interleaved rounds of ${DURATION} s per row after a 1 s warm-up, median shown (non-2xx and errors summed).`,
    "",
  );
  out.push(
    "| scenario | server | requests/s | p99 latency (ms) | server CPU per request (µs) | non-2xx | errors |",
    "|---|---|--:|--:|--:|--:|--:|",
  );
  for (const { scenario, server, result: r, cpuMicros } of rows)
    out.push(
      `| ${scenario} | ${server} | ${r.requestsPerSecond.toFixed(0)} | ${r.p99Ms} | ${cpuMicros === undefined ? "n/a" : cpuMicros.toFixed(0)} | ${r.non2xx} | ${r.errors} |`,
    );
  out.push("");
  out.push(
    `GET session: sandbox = ${(rps(0) / rps(1)).toFixed(1)}× Prism's mock's throughput (target ≥ 10×; ${cpuRatio(0, 1)}× by CPU per request), ${((100 * rps(0)) / rps(2)).toFixed(0)}% of bare node:http (target ≥ 40%).`,
    `create+delete: sandbox = ${(rps(3) / rps(4)).toFixed(1)}× Prism's mock's throughput (${cpuRatio(3, 4)}× by CPU per request), ${((100 * rps(3)) / rps(5)).toFixed(0)}% of bare node:http.`,
    "",
  );
  out.push(
    "| live sessions | create (in-process) | RSS before → with sessions | JS heap before → with | clock advance over all activations and expiries | advance over all removals |",
    "|--:|--:|--:|--:|--:|--:|",
  );
  out.push(
    `| ${scale.sessions.toLocaleString("en")} | ${scale.createSeconds.toFixed(1)} s | ${scale.baselineRssMb.toFixed(0)} → ${scale.rssMb.toFixed(0)} MB (target ≤ 400) | ${scale.baselineHeapMb.toFixed(0)} → ${scale.heapMb.toFixed(0)} MB | ${scale.expirySeconds.toFixed(2)} s for ${scale.ended.toLocaleString("en")} expiries (target ≤ 5 s) | ${scale.removalSeconds.toFixed(2)} s, ${scale.left} left |`,
  );
  out.push("", coldStartTable(coldStart));
  out.push("", storedSessionsTable(await measureStoredSessions([0, 3000, 100_000], DURATION)));
  console.log(out.join("\n"));
} finally {
  await Promise.all(children.map((c) => c.stop()));
}
