import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { confirm } from "../../src/runtime/confirm.js";

async function ask(answer: string): Promise<{ yes: boolean; shown: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (chunk) => {
    shown += chunk;
  });
  const result = confirm("Delete 2 sessions of +36721601234567?", { input, output });
  input.end(`${answer}\n`);
  return { yes: await result, shown };
}

describe("confirm", () => {
  it("shows the question with the default", async () => {
    expect((await ask("y")).shown).toBe("Delete 2 sessions of +36721601234567? [y/N] ");
  });

  it.each([
    ["y", true],
    ["YES", true],
    [" yes ", true],
    ["", false],
    ["n", false],
    ["yep", false],
  ])("answer %j means %s", async (answer, yes) => {
    expect((await ask(answer)).yes).toBe(yes);
  });
});
