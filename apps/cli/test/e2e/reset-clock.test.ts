import { describe, expect, it } from "vitest";
import { makeHome, qod } from "./support.js";

const { env } = makeHome();
const sandboxNow = async () =>
  Date.parse(JSON.parse((await qod(["sandbox", "clock", "show", "--json"], env)).stdout).now);

describe("qod sandbox reset", () => {
  it("puts the clock back to the wall clock", async () => {
    expect((await qod(["sandbox", "clock", "advance", "30d"], env)).code).toBe(0);
    expect((await sandboxNow()) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await qod(["sandbox", "reset"], env)).code).toBe(0);
    // The wall clock, to the second (reset starts it on a whole second).
    expect(Math.abs((await sandboxNow()) - Date.now())).toBeLessThan(60_000);
  });
});
