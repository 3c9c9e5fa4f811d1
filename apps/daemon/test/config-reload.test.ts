// Reloading the config (SIGHUP or a file change): a valid file changes the declared sessions;
// an invalid one is refused with its errors logged and the running sessions stay as they were.
import { EventEmitter } from "node:events";
import { writeFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleSignals } from "../src/cli/signals.js";
import { ConfigWatcher } from "../src/config/config-watcher.js";
import { ManualTime } from "../src/time/manual-time.js";
import { type Harness, sandboxSessions, startHarness } from "./support/harness.js";

const cam = {
  name: "cam",
  device: { phoneNumber: "+36721601234567" },
  profile: "QOS_L",
  serviceIpv4: "198.51.100.50",
  keepAlive: true,
};
const door = {
  name: "door",
  device: { phoneNumber: "+36721601234568" },
  profile: "QOS_M",
  serviceIpv4: "198.51.100.51",
  keepAlive: true,
};

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const services = (h: Harness) =>
  sandboxSessions(h.sandbox)
    .map((s) => (s.applicationServer as { ipv4Address: string }).ipv4Address)
    .sort();

describe("config reload", () => {
  it("applies a valid new config: creates added sessions and deletes removed ones", async () => {
    h = await startHarness({ sessions: [cam] });
    expect(services(h)).toEqual(["198.51.100.50"]);
    const camId = sandboxSessions(h.sandbox)[0]?.sessionId as string;

    h.writeSessions([door]);
    expect(await h.daemon.reload()).toBe(true);
    await h.settle();
    expect(services(h)).toEqual(["198.51.100.51"]);
    expect(h.sandbox.state.session(camId)).toBeUndefined();

    // Keeping a declaration as it is keeps its session (no re-create).
    const doorId = sandboxSessions(h.sandbox)[0]?.sessionId;
    h.writeSessions([door, cam]);
    expect(await h.daemon.reload()).toBe(true);
    await h.settle();
    expect(services(h)).toEqual(["198.51.100.50", "198.51.100.51"]);
    expect(sandboxSessions(h.sandbox).map((s) => s.sessionId)).toContain(doorId);
  });

  it("refuses an invalid config, logs every error with its field, and keeps the running one", async () => {
    h = await startHarness({ sessions: [cam] });
    const before = sandboxSessions(h.sandbox).map((s) => s.sessionId);

    h.writeSessions([
      { ...door, device: { phoneNumber: "0036 721 601" } },
      { ...cam, profile: "QOS_XL" },
    ]);
    expect(await h.daemon.reload()).toBe(false);
    await h.settle();
    expect(sandboxSessions(h.sandbox).map((s) => s.sessionId)).toEqual(before);
    const refusal = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg.startsWith("config reload refused"));
    const paths = ((refusal?.issues ?? []) as { path: string }[]).map((i) => i.path);
    expect(paths).toContain("sessions[0].device.phoneNumber");
    expect(paths).toContain("sessions[1].profile");

    h.writeRaw("sessions: [\n  - name: x\n");
    expect(await h.daemon.reload()).toBe(false);
    expect(sandboxSessions(h.sandbox).map((s) => s.sessionId)).toEqual(before);

    // A later valid file is taken again.
    h.writeSessions([cam, door]);
    expect(await h.daemon.reload()).toBe(true);
    await h.settle();
    expect(services(h)).toEqual(["198.51.100.50", "198.51.100.51"]);
  });

  it("reloads on SIGHUP", async () => {
    const emitter = new EventEmitter();
    const reload = vi.fn(async () => true);
    const stop = vi.fn(async () => ({ remaining: 0, timedOut: false }));
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as never;
    const remove = handleSignals({ daemon: { reload, stop }, logger, exit: vi.fn(), hardTimeoutMs: 1000, emitter });
    emitter.emit("SIGHUP");
    expect(reload).toHaveBeenCalledTimes(1);
    expect(stop).not.toHaveBeenCalled();
    remove();
  });

  it("notices a change of the file and calls back once per burst of writes", async () => {
    h = await startHarness({ sessions: [cam] });
    const time = new ManualTime({ start: 0 });
    const onChange = vi.fn();
    const watcher = new ConfigWatcher({ file: h.configFile, onChange, clock: time, debounceMs: 250 });
    watcher.start();
    try {
      writeFileSync(h.configFile, "# edited\n");
      writeFileSync(h.configFile, "# edited again\n");
      // fs events arrive asynchronously: wait for the debounce timer they arm.
      await vi.waitFor(() => expect(time.nextDue()).toBeDefined(), { timeout: 5000, interval: 10 });
      expect(onChange).not.toHaveBeenCalled();
      time.set(1000);
      time.fireDue();
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      watcher.stop();
    }
  });
});
