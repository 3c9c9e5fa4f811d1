// SIGTERM on the real binary: stop intake, delete every owned session, exit 0. A second signal
// exits at once. keepOnExit leaves the sessions for the next start to adopt.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, DEV_TOKEN, type Sandbox } from "@qod/sandbox";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type DaemonProcess, spawnDaemon, until } from "./support/daemon-process.js";
import { PROCESS_API_TOKEN, writeProcessConfig } from "./support/process-config.js";

const PHONES = ["+36721601234567", "+36721601234568", "+36721601234569"];
const declared = PHONES.map((phoneNumber, i) => ({
  name: `s${i}`,
  device: { phoneNumber },
  profile: "QOS_L",
  serviceIpv4: "198.51.100.80",
  keepAlive: true,
}));

let sandbox: Sandbox;
let dir: string;
let running: DaemonProcess | undefined;

beforeAll(async () => {
  sandbox = createSandbox({ logger: false });
  await sandbox.listen(0, "127.0.0.1");
});
afterAll(() => sandbox.close());
afterEach(() => {
  running?.child.kill("SIGKILL");
  running = undefined;
  sandbox.control.clearFaults();
  sandbox.control.reset();
  rmSync(dir, { recursive: true, force: true });
});

async function startWithLease(extra: Record<string, unknown> = {}): Promise<{ api: string }> {
  dir = mkdtempSync(join(tmpdir(), "qodd-stop-"));
  const config = writeProcessConfig(dir, { sandboxUrl: sandbox.url as string, sessions: declared, extra });
  running = spawnDaemon(config, { QOD_TOKEN: DEV_TOKEN });
  const started = await running.waitForLog((l) => l.msg === "qodd started");
  const api = started.api as string;
  const res = await fetch(`${api}/v1/leases`, {
    method: "POST",
    headers: { authorization: `Bearer ${PROCESS_API_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      device: { phoneNumber: PHONES[0] },
      profile: "QOS_E",
      serviceIpv4: "198.51.100.81",
      ttlSeconds: 600,
      holder: "app",
    }),
  });
  expect(res.status).toBe(201);
  await until(() => sandbox.state.sessionCount === 4, "three declared sessions and one leased");
  return { api };
}

describe("shutdown", () => {
  it("on SIGTERM deletes every owned session and exits 0", async () => {
    await startWithLease();
    const proc = running as DaemonProcess;
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    expect(sandbox.state.sessionCount).toBe(0);
    const stopped = proc.lines.find((l) => l.msg === "qodd stopped");
    expect(stopped).toMatchObject({ remaining: 0, timedOut: false });
    expect(proc.lines.filter((l) => l.msg === "session deleted")).toHaveLength(4);
  });

  it("exits at once on a second signal, even while deletes hang", async () => {
    await startWithLease();
    const proc = running as DaemonProcess;
    // Every delete now takes a minute to answer.
    sandbox.control.addFault({ method: "DELETE", latencyMs: 60_000, status: 503, count: 100 });
    proc.child.kill("SIGTERM");
    await proc.waitForLog((l) => l.msg === "stopping: no new leases, deleting owned sessions");
    proc.child.kill("SIGINT");
    expect(await proc.exited).toBe(130);
    expect(proc.lines.some((l) => l.msg === "second signal: exiting now")).toBe(true);
  });

  it("with keepOnExit leaves the sessions, and the next start adopts them without creating any", async () => {
    await startWithLease({ shutdown: { keepOnExit: true } });
    const before = (sandbox.state.snapshot().sessions as { sessionId: string }[]).map((s) => s.sessionId).sort();
    (running as DaemonProcess).child.kill("SIGTERM");
    expect(await (running as DaemonProcess).exited).toBe(0);
    expect(sandbox.state.sessionCount).toBe(4);

    running = spawnDaemon(join(dir, "qodd.yaml"), { QOD_TOKEN: DEV_TOKEN });
    const started = await running.waitForLog((l) => l.msg === "qodd started");
    expect(started).toMatchObject({ journaled: 4, leases: 1 });
    const proc = running;
    await until(() => proc.lines.filter((l) => l.msg === "session adopted").length === 4, "four adoptions");
    expect((await fetch(`${started.api}/readyz`)).status).toBe(200);
    expect(running.lines.some((l) => l.msg === "session created")).toBe(false);
    const after = (sandbox.state.snapshot().sessions as { sessionId: string }[]).map((s) => s.sessionId).sort();
    expect(after).toEqual(before);
  });
});
