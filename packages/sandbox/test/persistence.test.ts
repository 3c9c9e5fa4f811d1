import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, StateFileError } from "../src/index.js";
import { CONTROL, call, createSession, mintToken, newSandbox, PHONE, QOD } from "./helpers/sandbox.js";

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "qod-sandbox-state-"));
  file = join(dir, "state.db");
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs SQL on the state file as another program would. */
function withDatabase<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function refusal(open: () => unknown): StateFileError {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(StateFileError);
    return error as StateFileError;
  }
  throw new Error("the state was not refused");
}

describe("state database", () => {
  it("keeps sessions, tokens, devices and the clock across sandboxes", async () => {
    const first = newSandbox({ stateFile: file });
    const token = await mintToken(first, { clientId: "cli" });
    await call(first, "POST", `${CONTROL}/devices`, { body: { device: { phoneNumber: "+4912345678" } } });
    const { sessionId } = await createSession(first, { duration: 100 }, token);
    first.clock.advance(10);
    await first.close();

    // A later process: clock start is ignored in favour of the stored sandbox time.
    const second = createSandbox({ logger: false, stateFile: file });
    expect(second.clock.now().toISOString()).toBe("2026-11-21T10:00:10.000Z");
    const read = await call(second, "GET", `${QOD}/sessions/${sessionId}`, { token });
    expect(read.body).toMatchObject({ qosStatus: "AVAILABLE", startedAt: "2026-11-21T10:00:01Z" });
    expect(second.control.devices().map((d) => d.device.phoneNumber)).toContain("+4912345678");
    // The expiry was rebuilt from the stored session.
    second.clock.advance(91);
    expect((await call(second, "GET", `${QOD}/sessions/${sessionId}`, { token })).body.statusInfo).toBe(
      "DURATION_EXPIRED",
    );
    await second.close();
  });

  it("is an SQLite database in WAL mode with a schema version table, holding no plain tokens", async () => {
    const sandbox = newSandbox({ stateFile: file });
    const token = await mintToken(sandbox);
    await createSession(sandbox, {}, token);
    await sandbox.close();
    expect(readdirSync(dir)).toEqual(["state.db"]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).includes(token)).toBe(false);
    withDatabase(file, (db) => {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.prepare("SELECT version FROM schema_version").all()).toEqual([{ version: 1 }, { version: 2 }]);
      expect(db.prepare("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 1 });
    });
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
    // The activation due at 10:00:01 fired at the first request.
    expect(second.state.session(sessionId)).toMatchObject({
      qosStatus: "AVAILABLE",
      startedAt: "2026-11-21T10:00:01Z",
    });
    await second.close();
  });

  it("writes scheduled events at once, so a crash after advance loses nothing", async () => {
    const sandbox = newSandbox({ stateFile: file });
    const { sessionId } = await createSession(sandbox);
    sandbox.clock.advance(1);
    const stored = withDatabase(file, (db) =>
      JSON.parse((db.prepare("SELECT body FROM sessions WHERE id = ?").get(sessionId) as { body: string }).body),
    );
    expect(stored).toMatchObject({ status: "AVAILABLE" });
    await sandbox.close();
  });

  it("resets back to the seed and the wall clock, and the database follows", async () => {
    const wall = Date.parse("2026-12-01T08:00:00Z");
    const sandbox = createSandbox({ logger: false, stateFile: file, clock: { wallClock: () => wall } });
    await createSession(sandbox, { device: { phoneNumber: PHONE } });
    sandbox.clock.advance(7200);
    const reset = await call(sandbox, "POST", `${CONTROL}/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.sessions).toEqual([]);
    expect(reset.body.now).toBe("2026-12-01T08:00:00Z");
    expect(withDatabase(file, (db) => db.prepare("SELECT count(*) AS n FROM sessions").get())).toEqual({ n: 0 });
    await sandbox.close();
  });
});

/** A notification transport that answers 204 and records each event's qosStatus. */
function recordingTransport() {
  const sent: string[] = [];
  const transport = {
    post: async (_url: string, body: string) => {
      sent.push(JSON.parse(body).data.qosStatus);
      return 204;
    },
    close() {},
  };
  return { sent, transport };
}

describe("two sandboxes on one file", () => {
  it("each request sees the other's committed writes, and events fire once", async () => {
    const a = newSandbox({ stateFile: file });
    const b = newSandbox({ stateFile: file });
    const { sessionId } = await createSession(a, { duration: 60 });
    expect((await call(b, "GET", `${QOD}/sessions/${sessionId}`)).body.qosStatus).toBe("REQUESTED");
    a.clock.advance(1);
    expect((await call(b, "GET", `${QOD}/sessions/${sessionId}`)).body.qosStatus).toBe("AVAILABLE");
    // b advances past the same instant: the activation is not fired a second time.
    b.clock.advance(1);
    const marks = a.control.sessionEvents().filter((event) => event.sessionId === sessionId);
    expect(marks.map((event) => event.kind)).toEqual(["created", "activated"]);
    await a.close();
    await b.close();
  });

  it("sends a notification once, whichever process fires the status change", async () => {
    const { sent, transport } = recordingTransport();
    const a = newSandbox({ stateFile: file, notifications: { transport } });
    const b = newSandbox({ stateFile: file, notifications: { transport } });
    await createSession(a, { sink: "https://127.0.0.1:9/notify", duration: 60 });
    // Both clocks reach the activation; only the first transaction fires it.
    a.clock.advance(2);
    b.clock.advance(2);
    await a.notifications.idle();
    await b.notifications.idle();
    expect(sent).toEqual(["AVAILABLE"]);
    expect(a.notifications.history().map((record) => record.outcome)).toEqual(["delivered"]);
    await a.close();
    await b.close();
  });

  it("keeps notifications of a process that does not deliver until one that does picks them up", async () => {
    const { sent, transport } = recordingTransport();
    const quiet = newSandbox({ stateFile: file, notifications: { deliver: false, transport } });
    await createSession(quiet, { sink: "https://127.0.0.1:9/notify", duration: 60 });
    quiet.clock.advance(2);
    await quiet.close();
    expect(sent).toEqual([]);
    const server = newSandbox({ stateFile: file, notifications: { transport } });
    await call(server, "GET", `${CONTROL}/clock`);
    await server.notifications.idle();
    expect(sent).toEqual(["AVAILABLE"]);
    await server.close();
  });
});

describe("state that is refused, and left untouched", () => {
  const legacy = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: "qod-sandbox-state",
      version: 1,
      savedAt: "2026-11-21T10:00:00.000Z",
      clock: { now: Date.parse("2026-11-21T10:00:00Z"), wall: Date.parse("2026-11-21T10:00:00Z") },
      devices: [
        {
          id: "device-1",
          device: { phoneNumber: "+36721601234567" },
          eligible: true,
          supportedIdentifiers: ["phoneNumber"],
        },
      ],
      profiles: [{ name: "QOS_L", status: "ACTIVE", minDuration: 1, maxDuration: 86400 }],
      sessions: [],
      tokens: [],
      faults: [],
      limits: [],
      ...overrides,
    });

  const refusedJson: [string, string, RegExp][] = [
    ["not JSON", "{ this is not json", /not a QoD sandbox state file \(not JSON\)/],
    ["foreign JSON", JSON.stringify({ name: "some-other-tool", sessions: [] }), /no "format"/],
    ["a newer version", JSON.stringify({ format: "qod-sandbox-state", version: 99 }), /version 99/],
    ["a truncated one", JSON.stringify({ format: "qod-sandbox-state", version: 1, devices: [] }), /is corrupt/],
    ["a session of an unknown device", legacy({ sessions: [{ id: "x", deviceId: "device-9" }] }), /sessions row "x"/],
  ];
  for (const [what, content, message] of refusedJson) {
    it(`refuses a JSON state file that is ${what}`, () => {
      const json = join(dir, "state.json");
      writeFileSync(json, content);
      const error = refusal(() => createSandbox({ logger: false, stateFile: json }));
      expect(error.message).toMatch(message);
      expect(error.message).toContain(json);
      expect(error.message).toMatch(/left untouched/);
      expect(readFileSync(json, "utf8")).toBe(content);
      expect(readdirSync(dir)).toEqual(["state.json"]);
    });
  }

  it("imports a JSON state file of earlier releases once, into a database beside it", async () => {
    const json = join(dir, "state.json");
    const content = legacy();
    writeFileSync(json, content);
    const notes: string[] = [];
    const logger = { info() {}, warn: (message: string) => notes.push(message) };
    const first = createSandbox({ logger, stateFile: json });
    expect(first.control.devices().map((d) => d.id)).toEqual(["device-1"]);
    await call(first, "POST", `${CONTROL}/devices`, { body: { device: { phoneNumber: "+4912345678" } } });
    await first.close();
    expect(notes).toEqual([`imported the sandbox state from ${json} into ${join(dir, "state.db")}`]);
    expect(readFileSync(json, "utf8")).toBe(content);

    const second = createSandbox({ logger, stateFile: json });
    expect(second.control.devices().map((d) => d.id)).toEqual(["device-1", "device-2"]);
    await second.close();
    expect(notes).toHaveLength(1);
  });

  it("refuses an SQLite database of another program", () => {
    withDatabase(file, (db) => db.exec("CREATE TABLE invoices (id INTEGER)"));
    const before = readFileSync(file);
    expect(refusal(() => createSandbox({ logger: false, stateFile: file })).message).toMatch(
      /is an SQLite database, but not a QoD sandbox state/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses a database written by a newer sandbox", async () => {
    await newSandbox({ stateFile: file }).close();
    withDatabase(file, (db) => db.prepare("INSERT INTO schema_version VALUES (3, 'later')").run());
    expect(refusal(() => createSandbox({ logger: false, stateFile: file })).message).toMatch(
      /schema version 3, and this sandbox reads up to version 2/,
    );
  });

  const impossible: [string, (db: Database.Database) => void, RegExp][] = [
    [
      "a negative duration",
      (db) => db.exec(`UPDATE sessions SET body = json_set(body, '$.duration', -5)`),
      /sessions row "[0-9a-f-]{36}": duration -5 is not > 0/,
    ],
    [
      "a session of an unknown device",
      (db) => db.exec(`UPDATE sessions SET body = json_set(body, '$.deviceId', 'device-99')`),
      /sessions row "[0-9a-f-]{36}": deviceId device-99 is not a known device/,
    ],
    [
      "a clock outside what a Date can hold",
      (db) => db.exec(`UPDATE meta SET value = json_set(value, '$.now', 9e15) WHERE key = 'clock'`),
      /the clock is outside what a Date can hold/,
    ],
    [
      "a profile whose minimum exceeds its maximum",
      (db) => db.exec(`UPDATE profiles SET body = json_set(body, '$.minDuration', 999999) WHERE name = 'QOS_L'`),
      /profiles row "QOS_L": minDuration exceeds maxDuration/,
    ],
    [
      "a duplicate device id",
      (db) => db.exec(`UPDATE devices SET body = json_set(body, '$.id', 'device-1') WHERE id = 'device-2'`),
      /devices row "device-1": duplicate id/,
    ],
  ];
  for (const [what, corrupt, message] of impossible) {
    it(`refuses a database with ${what}, naming the row`, async () => {
      const sandbox = newSandbox({ stateFile: file });
      await createSession(sandbox);
      await sandbox.close();
      withDatabase(file, corrupt);
      const before = readFileSync(file);
      const error = refusal(() => createSandbox({ logger: false, stateFile: file }));
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/left untouched/);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(existsSync(`${file}-wal`)).toBe(false);
    });
  }
});
