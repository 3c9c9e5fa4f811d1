import { describe, expect, it } from "vitest";
import { LATEST_SANDBOX_TIME_MS } from "../src/scheduling/time-range.js";
import { CONTROL, call, createSession, expectError, newSandbox, QOD } from "./helpers/sandbox.js";

const TEN_YEARS = 315_360_000; // the largest advance the control API takes
const YEAR_MS = 365 * 86_400_000;

describe("sandbox time stays within what a Date can hold", () => {
  it("keeps 200 years of room below a Date's limit for what is scheduled from it", () => {
    expect(LATEST_SANDBOX_TIME_MS).toBe(8.64e15 - 200 * YEAR_MS);
  });

  it("refuses an advance past the range with 400 naming seconds, and keeps answering afterwards", async () => {
    const start = new Date(LATEST_SANDBOX_TIME_MS - 15 * YEAR_MS).toISOString();
    const sandbox = newSandbox({ clock: { start }, activationDelaySeconds: 0 });
    const advance = () => call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: TEN_YEARS } });
    expect((await advance()).status).toBe(200);
    const refused = await advance();
    expectError(refused, 400, "OUT_OF_RANGE", /^seconds: would put sandbox time beyond \+\d{6}-/);
    // Nothing moved, and every call still works (before, the clock overflowed and each answered 500).
    const clock = await call(sandbox, "GET", `${CONTROL}/clock`);
    expect(clock.status).toBe(200);
    expect(Date.parse(clock.body.now)).toBe(Date.parse(start) + TEN_YEARS * 1000);
    expect((await call(sandbox, "GET", `${CONTROL}/state`)).status).toBe(200);
    const session = await createSession(sandbox, { duration: 86_400 });
    expect(Date.parse(session.expiresAt)).toBe(Date.parse(clock.body.now) + 86_400_000);
    expect((await call(sandbox, "GET", `${QOD}/sessions/${session.sessionId}`)).status).toBe(200);
    // A smaller step that still fits is taken.
    expect((await call(sandbox, "POST", `${CONTROL}/clock/advance`, { body: { seconds: 86_400 } })).status).toBe(200);
  });

  it("ten-year advances from today stop at the range's end with a 400, not a sandbox answering 500 ever after", async () => {
    const sandbox = newSandbox();
    let taken = 0;
    let refusal: unknown;
    for (; taken < 30_000; taken++) {
      try {
        await sandbox.control.advance({ seconds: TEN_YEARS });
      } catch (error) {
        refusal = error;
        break;
      }
    }
    expect(taken).toBeGreaterThan(27_000);
    expect(refusal).toMatchObject({ status: 400, code: "OUT_OF_RANGE", message: expect.stringMatching(/^seconds: /) });
    expect((await call(sandbox, "GET", `${CONTROL}/state`)).status).toBe(200);
    expect((await call(sandbox, "POST", `${CONTROL}/tokens`, { body: { expiresIn: 2_147_483_647 } })).status).toBe(201);
    await createSession(sandbox, { qosProfile: "QOS_L", duration: 86_400 });
  });

  it("refuses the same through sandbox.clock.advance, in realtime mode too", () => {
    for (const realtime of [false, true]) {
      const sandbox = newSandbox({ clock: { start: LATEST_SANDBOX_TIME_MS - 1000, realtime, wallClock: () => 0 } });
      expect(() => sandbox.clock.advance(2)).toThrow(/^seconds: would put sandbox time beyond/);
      expect(sandbox.clock.now().getTime()).toBe(LATEST_SANDBOX_TIME_MS - 1000);
      expect(sandbox.clock.advance(1).getTime()).toBe(LATEST_SANDBOX_TIME_MS);
    }
  });

  it("refuses a start outside the range, naming clock.start", () => {
    expect(() => newSandbox({ clock: { start: LATEST_SANDBOX_TIME_MS + 1 } })).toThrow(/^clock\.start: /);
    expect(() => newSandbox({ clock: { start: -8.64e15 } })).not.toThrow();
  });
});
