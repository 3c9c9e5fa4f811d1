// create+delete latency on a served sandbox with a state file, by how many sessions it holds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_TOKEN } from "../src/index.js";
import { runScript } from "./children.js";
import { load } from "./load.js";

const auth = { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" };
let flow = 0;

// On the tutorial device, which the filled sessions never use: each pair costs the same whatever else is stored.
function pair() {
  return [
    {
      method: "POST",
      path: "/quality-on-demand/v1/sessions",
      setupRequest: (req: any) => ({
        ...req,
        body: JSON.stringify({
          device: { phoneNumber: "+36721601234567" },
          applicationServer: { ipv4Address: "233.252.0.2" },
          devicePorts: { ports: [++flow % 65_536] },
          qosProfile: "QOS_L",
          duration: 3600,
        }),
      }),
      onResponse: (status: number, body: string, context: any) => {
        context.id = status === 201 ? JSON.parse(body).sessionId : "none";
      },
    },
    {
      method: "DELETE",
      setupRequest: (req: any, context: any) => ({ ...req, path: `/quality-on-demand/v1/sessions/${context.id}` }),
    },
  ];
}

export interface StoredRow {
  sessions: number;
  fillSeconds: number;
  pairsPerSecond: number;
  p99Ms: number;
  failures: number;
}

/** One state file per size, served in its own process; one connection, so latency is per pair. */
export async function measureStoredSessions(sizes: number[], seconds: number): Promise<StoredRow[]> {
  const rows: StoredRow[] = [];
  for (const sessions of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "qod-bench-state-"));
    const file = join(dir, "state.db");
    try {
      const filled = JSON.parse((await runScript("fill-state.ts", [file, String(sessions)])).line);
      const server = await runScript("serve-sandbox.ts", [file]);
      try {
        const run = () =>
          load({ url: server.line, requests: pair(), headers: auth, duration: seconds, connections: 1 });
        await load({ url: server.line, requests: pair(), headers: auth, duration: 1, connections: 1 });
        const result = await run();
        rows.push({
          sessions,
          fillSeconds: filled.seconds,
          // Two requests per pair.
          pairsPerSecond: result.requestsPerSecond / 2,
          p99Ms: result.p99Ms,
          failures: result.non2xx + result.errors,
        });
        process.stderr.write(`stored ${sessions}: ${(result.requestsPerSecond / 2).toFixed(0)} pairs/s\n`);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function storedSessionsTable(rows: StoredRow[]): string {
  const empty = rows[0];
  const lines = [
    "create+delete on a served sandbox with a state file (SQLite), by sessions already stored; one connection:",
    "",
    "| stored sessions | filled in | create+delete pairs/s | ms per pair | vs empty | p99 request (ms) | failures |",
    "|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const row of rows) {
    const ratio = empty ? (empty.pairsPerSecond / row.pairsPerSecond).toFixed(2) : "n/a";
    lines.push(
      `| ${row.sessions.toLocaleString("en")} | ${row.fillSeconds.toFixed(1)} s | ${row.pairsPerSecond.toFixed(0)} | ${(1000 / row.pairsPerSecond).toFixed(2)} | ${ratio}× (target for 3,000: ≤ 2×) | ${row.p99Ms} | ${row.failures} |`,
    );
  }
  return lines.join("\n");
}
