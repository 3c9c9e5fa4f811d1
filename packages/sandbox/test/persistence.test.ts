import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, StateFileError } from "../src/index.js";
import { CONTROL, call, createSession, mintToken, newSandbox, PHONE, QOD } from "./helpers/sandbox.js";

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "qod-sandbox-state-"));
  file = join(dir, "state.json");
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("state file", () => {
  it("writes the seed at start and shares sessions, tokens, devices and the clock across sandboxes", async () => {
    const first = newSandbox({ stateFile: file });
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ format: "qod-sandbox-state", version: 1 });
    const token = await mintToken(first, { clientId: "cli" });
    await call(first, "POST", `${CONTROL}/devices`, { body: { device: { phoneNumber: "+4912345678" } } });
    const { sessionId } = await createSession(first, { duration: 100 }, token);
    first.clock.advance(10);
    await first.close();

    // A later process: clock start is ignored in favour of the saved sandbox time.
    const second = createSandbox({ logger: false, stateFile: file });
    expect(second.clock.now().toISOString()).toBe("2026-11-21T10:00:10.000Z");
    const read = await call(second, "GET", `${QOD}/sessions/${sessionId}`, { token });
    expect(read.body).toMatchObject({ qosStatus: "AVAILABLE", startedAt: "2026-11-21T10:00:01Z" });
    expect(second.control.devices().map((d) => d.device.phoneNumber)).toContain("+4912345678");
    // The expiry was rebuilt from the saved session.
    second.clock.advance(91);
    expect((await call(second, "GET", `${QOD}/sessions/${sessionId}`, { token })).body.statusInfo).toBe(
      "DURATION_EXPIRED",
    );
    await second.close();
  });

  it("keeps no plain tokens and no temporary files", async () => {
    const sandbox = newSandbox({ stateFile: file });
    const token = await mintToken(sandbox);
    await createSession(sandbox, {}, token);
    await sandbox.close();
    expect(readFileSync(file, "utf8")).not.toContain(token);
    expect(readdirSync(dir)).toEqual(["state.json"]);
  });

  it("continues a realtime clock by the wall-clock time that passed between processes", async () => {
    let wall = Date.parse("2026-11-21T10:00:00Z");
    const clock = { realtime: true, wallClock: () => wall, timers: { setTimeout: () => 0, clearTimeout: () => {} } };
    const first = createSandbox({ logger: false, stateFile: file, clock });
    const { sessionId } = await createSession(first, { duration: 60 });
    await first.close();
    wall += 30_000;
    const second = createSandbox({ logger: false, stateFile: file, clock });
    expect(second.clock.now().toISOString()).toBe("2026-11-21T10:00:30.000Z");
    // The activation due at 10:00:01 fired on load.
    expect(second.state.session(sessionId)).toMatchObject({
      qosStatus: "AVAILABLE",
      startedAt: "2026-11-21T10:00:01Z",
    });
    await second.close();
  });

  const refused: [string, string, RegExp][] = [
    ["not JSON", "{ this is not json", /not a QoD sandbox state file \(not JSON\)/],
    [
      "foreign JSON",
      JSON.stringify({ name: "some-other-tool", sessions: [] }),
      /not a QoD sandbox state file \(no "format"/,
    ],
    ["a newer version", JSON.stringify({ format: "qod-sandbox-state", version: 99 }), /version 99/],
    ["a truncated one", JSON.stringify({ format: "qod-sandbox-state", version: 1, devices: [] }), /is corrupt/],
    [
      "a corrupt session",
      JSON.stringify({
        format: "qod-sandbox-state",
        version: 1,
        clock: { now: 0, wall: 0 },
        devices: [],
        profiles: [],
        sessions: [{ id: "x" }],
        tokens: [],
        faults: [],
        limits: [],
      }),
      /is corrupt/,
    ],
  ];
  for (const [what, content, message] of refused) {
    it(`refuses ${what} with a clear message and leaves it untouched`, () => {
      writeFileSync(file, content);
      let error: unknown;
      try {
        createSandbox({ logger: false, stateFile: file });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StateFileError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toMatch(/left untouched/);
      expect(readFileSync(file, "utf8")).toBe(content);
      expect(readdirSync(dir)).toEqual(["state.json"]);
    });
  }

  it("saves after scheduled events too, so a crash after advance loses nothing", async () => {
    const sandbox = newSandbox({ stateFile: file });
    const { sessionId } = await createSession(sandbox);
    sandbox.clock.advance(1);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(saved.sessions.find((s: { id: string }) => s.id === sessionId)).toMatchObject({ status: "AVAILABLE" });
    await sandbox.close();
  });

  it("resets back to the seed, and the file follows", async () => {
    const sandbox = newSandbox({ stateFile: file });
    await createSession(sandbox, { device: { phoneNumber: PHONE } });
    const reset = await call(sandbox, "POST", `${CONTROL}/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.sessions).toEqual([]);
    expect(JSON.parse(readFileSync(file, "utf8")).sessions).toEqual([]);
    await sandbox.close();
  });
});
