// Start-up recovery from the journal: adopt what this daemon owns, delete what it created but no
// longer wants, and never create a second session for an intent whose create may have worked.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, DEV_TOKEN, type Sandbox } from "@qod/sandbox";
import { QodClient } from "@qod/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { specKey } from "../src/model/session-spec.js";
import { StateStore } from "../src/store/state-store.js";
import { type Harness, START, sandboxSessions, startHarness } from "./support/harness.js";

const a = {
  name: "a",
  device: { phoneNumber: "+36721601234567" },
  profile: "QOS_L",
  serviceIpv4: "198.51.100.90",
  keepAlive: true,
};
const b = {
  name: "b",
  device: { phoneNumber: "+36721601234568" },
  profile: "QOS_L",
  serviceIpv4: "198.51.100.91",
  keepAlive: true,
};

let dir: string;
let sandbox: Sandbox;
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), "qodd-recover-"));
  sandbox = createSandbox({ logger: false, clock: { start: START } });
};

describe("recovery from the journal", () => {
  it("adopts the sessions still declared and deletes the ones it created that no longer are", async () => {
    fresh();
    for (const notifications of [true, false]) {
      h = await startHarness({
        dir,
        reuseSandbox: sandbox,
        notifications,
        sessions: [a, b],
        config: { shutdown: { keepOnExit: true } },
      });
      const ids = Object.fromEntries(h.daemon.reconciler.views().map((v) => [v.holders[0], v.sessionId]));
      await h.stop();
      expect(sandboxSessions(sandbox)).toHaveLength(2);

      h = await startHarness({ dir, reuseSandbox: sandbox, notifications, sessions: [a] });
      expect(sandboxSessions(sandbox).map((s) => s.sessionId)).toEqual([ids["config:a"]]);
      expect(h.daemon.reconciler.views().map((v) => v.sessionId)).toEqual([ids["config:a"]]);
      expect(h.logs.some((l) => l.includes('"msg":"session created"'))).toBe(false);
      await h.stop(); // deletes a: the next round starts clean
      h = undefined;
      expect(sandboxSessions(sandbox)).toHaveLength(0);
    }
  });

  it("adopts the session of an intent whose create answer was lost, by flow when there is no sink tag", async () => {
    fresh();
    const spec = { device: a.device, profile: a.profile, serviceIpv4: a.serviceIpv4 };
    // The create reached the provider, but the daemon died before journaling its id.
    const store = await StateStore.open({ dir: join(dir, "state") });
    await store.recordIntent({ intent: "11111111-1111-4111-8111-111111111111", key: specKey(spec), spec, at: START });
    await store.close();
    const client = new QodClient({
      token: DEV_TOKEN,
      baseUrl: "http://127.0.0.1/quality-on-demand/v1",
      fetch: sandbox.fetch,
    });
    const made = await client.devices
      .get(a.device)
      .createQodSession({ profile: "QOS_L", serviceIpv4: a.serviceIpv4, duration: 3600 });

    h = await startHarness({ dir, reuseSandbox: sandbox, sessions: [a] });
    expect(sandboxSessions(sandbox).map((s) => s.sessionId)).toEqual([made.id]);
    expect(h.daemon.reconciler.views()[0]?.sessionId).toBe(made.id);
    expect(h.logs.some((l) => l.includes("session adopted after an unanswered create"))).toBe(true);
  });

  it("forgets an intent whose create never reached the provider, then creates the session once", async () => {
    fresh();
    const spec = { device: b.device, profile: b.profile, serviceIpv4: b.serviceIpv4 };
    const store = await StateStore.open({ dir: join(dir, "state") });
    await store.recordIntent({ intent: "22222222-2222-4222-8222-222222222222", key: specKey(spec), spec, at: START });
    await store.close();

    h = await startHarness({ dir, reuseSandbox: sandbox, sessions: [b] });
    expect(h.logs.some((l) => l.includes("no such session upstream: forgotten"))).toBe(true);
    expect(sandboxSessions(sandbox)).toHaveLength(1);
    const reopened = h.daemon.reconciler.views();
    expect(reopened).toHaveLength(1);
    expect(reopened[0]?.sessionId).toBe(sandboxSessions(sandbox)[0]?.sessionId);
  });
});
