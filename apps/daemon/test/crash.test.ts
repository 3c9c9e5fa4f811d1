// Crash safety: kill -9 the real daemon while it creates 1,000 declared sessions, restart it,
// and count what the sandbox holds: exactly the declared sessions, none orphaned, none twice.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, DEV_TOKEN, type Sandbox } from "@qod/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DaemonProcess, spawnDaemon, until } from "./support/daemon-process.js";
import { writeProcessConfig } from "./support/process-config.js";
import { makeCert } from "./support/tls.js";

const COUNT = 1000;
const phone = (i: number) => `+3670${String(1_000_000 + i)}`;
const declared = Array.from({ length: COUNT }, (_, i) => ({
  name: `s${i}`,
  device: { phoneNumber: phone(i) },
  profile: "QOS_L",
  serviceIpv4: "198.51.100.70",
  keepAlive: true,
}));

let dir: string;
let sandbox: Sandbox;
let running: DaemonProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "qodd-crash-"));
  sandbox = createSandbox({ logger: false });
  for (let i = 0; i < COUNT; i++) sandbox.control.addDevice({ device: { phoneNumber: phone(i) } });
  await sandbox.listen(0, "127.0.0.1");
});

afterAll(async () => {
  running?.child.kill("SIGKILL");
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

function journalCounts(): { intents: number; unanswered: number } {
  const lines = readFileSync(join(dir, "state", "journal.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(1);
  const intents = new Map<string, boolean>();
  for (const text of lines) {
    let e: { op: string; intent: string; sessionId?: string };
    try {
      e = JSON.parse(text);
    } catch {
      continue; // a torn last line
    }
    if (e.op === "intent") intents.set(e.intent, e.sessionId !== undefined);
    if (e.op === "created") intents.set(e.intent, true);
    if (e.op === "gone") intents.delete(e.intent);
  }
  return { intents: intents.size, unanswered: [...intents.values()].filter((v) => !v).length };
}

describe("crash safety", () => {
  it("after kill -9 mid-creation and a restart, the sandbox holds exactly the declared sessions", async () => {
    const cert = makeCert(dir);
    const config = writeProcessConfig(dir, {
      sandboxUrl: sandbox.url as string,
      sessions: declared,
      cert,
      extra: { reconcile: { concurrency: 32 } },
    });
    const env = { QOD_TOKEN: DEV_TOKEN };

    running = spawnDaemon(config, env);
    await running.waitForLog((l) => l.msg === "qodd started");
    await until(() => sandbox.state.sessionCount >= COUNT / 3, "a third of the sessions");
    running.child.kill("SIGKILL");
    expect(await running.exited).toBe("SIGKILL");
    const atKill = sandbox.state.sessionCount;
    const journal = journalCounts();
    expect(atKill).toBeGreaterThanOrEqual(COUNT / 3);
    expect(atKill).toBeLessThan(COUNT); // it really was mid-way
    // Every session the sandbox holds has its intent on disk (written before the create call).
    expect(journal.intents).toBeGreaterThanOrEqual(atKill);

    // What the sandbox holds when the daemon comes back (read late, so a create that was still
    // in the sandbox's hands at the kill is counted).
    const held = new Set((sandbox.state.snapshot().sessions as { sessionId: string }[]).map((s) => s.sessionId));
    running = spawnDaemon(config, env);
    const started = await running.waitForLog((l) => l.msg === "qodd started");
    expect(started.journaled).toBe(journal.intents);
    const api = started.api as string;
    await until(async () => {
      const res = await fetch(`${api}/readyz`);
      return res.status === 200 && sandbox.state.sessionCount >= COUNT;
    }, "the restarted daemon to be ready with every session");

    const sessions = sandbox.state.snapshot().sessions as {
      sessionId: string;
      device: { phoneNumber: string };
      sink: string;
    }[];
    expect(sessions).toHaveLength(COUNT);
    // None duplicated: one session per declared device.
    const phones = new Set(sessions.map((s) => s.device.phoneNumber));
    expect(phones.size).toBe(COUNT);
    for (const d of declared) expect(phones.has(d.device.phoneNumber)).toBe(true);
    // None orphaned: every one is tracked by the daemon, and carries its notification tag.
    const owned = (await (
      await fetch(`${api}/v1/sessions`, { headers: { authorization: "Bearer process-api-token-0123456789" } })
    ).json()) as { sessionId?: string }[];
    const ownedIds = new Set(owned.map((s) => s.sessionId));
    expect(owned).toHaveLength(COUNT);
    for (const s of sessions) {
      expect(ownedIds.has(s.sessionId)).toBe(true);
      expect(s.sink.startsWith("https://127.0.0.1:")).toBe(true);
    }
    // Every session the sandbox held at the restart was adopted, not deleted and made again.
    const after = new Set(sessions.map((s) => s.sessionId));
    for (const id of held) expect(after.has(id)).toBe(true);
    // (Log lines arrive through a pipe: wait for them rather than read them at once.)
    const proc = running;
    const adopted = () => proc.lines.filter((l) => String(l.msg).startsWith("session adopted")).length;
    await until(() => adopted() >= held.size, "the adoption log lines");
    // Only journaled intents can be adopted: at most one per intent.
    expect(adopted()).toBeLessThanOrEqual(journal.intents);

    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(sandbox.state.sessionCount).toBe(0);
    running = undefined;
  });
});
