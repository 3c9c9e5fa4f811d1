// The configs the README and examples/ show must stay valid.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";

const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");

describe("documented configs", () => {
  it("the README's complete example parses, with both kinds of session", () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const config = parseConfig(block as string, "/etc/qodd/qodd.yaml");
    expect(config.sessions.map((s) => [s.name, s.keepAlive, s.duration])).toEqual([
      ["lobby-camera", true, undefined],
      ["nightly-upload", false, 7200],
    ]);
    expect(config.notifications?.publicUrl).toBe("https://qodd.example.net:7443");
  });

  it("examples/qodd.sandbox.yaml parses", () => {
    const file = fileURLToPath(new URL("../../examples/qodd.sandbox.yaml", import.meta.url));
    const config = parseConfig(readFileSync(file, "utf8"), file);
    expect(config.sessions).toHaveLength(1);
    expect(config.upstream.baseUrl).toBe("http://127.0.0.1:9090/quality-on-demand/v1");
  });
});
