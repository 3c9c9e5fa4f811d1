import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main as quickstart } from "../examples/quickstart.js";
import { main as serve } from "../examples/serve.js";
import { DEV_TOKEN } from "../src/index.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("examples", () => {
  it("quickstart walks a session through REQUESTED, AVAILABLE and DURATION_EXPIRED", async () => {
    const lines: string[] = [];
    const session = await quickstart((line) => lines.push(line));
    expect(lines[0]).toBe("created: REQUESTED");
    expect(lines[1]).toMatch(/^after 1 s: AVAILABLE until \d{4}-/);
    expect(lines[2]).toBe("after 61 s: UNAVAILABLE (DURATION_EXPIRED)");
    expect(session.statusInfo).toBe("DURATION_EXPIRED");
  });

  it("serve listens on loopback with a state file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qod-sandbox-example-"));
    const { sandbox, url } = await serve(0, join(dir, "state.db"));
    try {
      const response = await fetch(`${url}/qos-profiles/v1/qos-profiles/QOS_L`, {
        headers: { authorization: `Bearer ${DEV_TOKEN}` },
      });
      expect(response.status).toBe(200);
      expect(readFileSync(join(dir, "state.db")).subarray(0, 15).toString()).toBe("SQLite format 3");
    } finally {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the README shows each example exactly as its file, with the package's import path", () => {
    const readme = read("../README.md");
    const blocks = [...readme.matchAll(/<!-- (examples\/[\w-]+\.ts) -->\n```ts\n([\s\S]*?)```/g)];
    expect(blocks.map((b) => b[1])).toEqual(["examples/quickstart.ts", "examples/serve.ts"]);
    for (const [, file, code] of blocks)
      expect(code).toBe(read(`../${file}`).replaceAll('"../src/index.js"', '"@qod/sandbox"'));
    expect(readme.trimStart().split("\n").slice(0, 12).join("\n")).toContain("<!-- examples/quickstart.ts -->");
  });
});
