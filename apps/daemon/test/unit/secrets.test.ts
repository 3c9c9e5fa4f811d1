import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TokenProvider, TokenSourceError } from "../../src/config/token-provider.js";
import { bearerToken, tokensEqual } from "../../src/http/bearer.js";
import { createLogger } from "../../src/observability/logger.js";
import { ManualTime } from "../../src/time/manual-time.js";

const dir = mkdtempSync(join(tmpdir(), "qodd-secrets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("token sources", () => {
  it("reads env, file and command sources, and re-reads a file after its refresh interval", async () => {
    expect(await new TokenProvider({ env: "T" }, { label: "t", env: { T: " abc \n" } }).get()).toBe("abc");
    const file = join(dir, "token");
    writeFileSync(file, "one\n");
    chmodSync(file, 0o600);
    const time = new ManualTime({ start: 0 });
    const fromFile = new TokenProvider({ file, refreshSeconds: 60 }, { label: "t", clock: time });
    expect(await fromFile.get()).toBe("one");
    writeFileSync(file, "two\n");
    expect(await fromFile.get()).toBe("one");
    time.set(61_000);
    expect(await fromFile.get()).toBe("two");
    expect(await new TokenProvider({ command: "printf 'from-cmd\\n'" }, { label: "t" }).get()).toBe("from-cmd");
  });

  it("fails with a message that names the source but never carries the secret", async () => {
    const missing = new TokenProvider({ env: "NOPE" }, { label: "upstream.token", env: {} });
    await expect(missing.get()).rejects.toThrow("upstream.token: environment variable NOPE is not set or empty");
    const failing = new TokenProvider(
      { command: "echo leaked-secret >&2; echo leaked-secret; exit 3" },
      { label: "t" },
    );
    const error = await failing.get().catch((e: Error) => e);
    expect(error).toBeInstanceOf(TokenSourceError);
    expect(String(error)).toContain("exit 3");
    expect(JSON.stringify(error) + String(error)).not.toContain("leaked-secret");
    const inline = new TokenProvider({ value: "inline-secret" }, { label: "t" });
    expect(JSON.stringify(inline)).not.toContain("inline-secret");
  });
});

describe("bearer tokens", () => {
  it("parses the header and compares in constant time, whatever the lengths", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer  abc ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
    expect(tokensEqual("abc", "abc")).toBe(true);
    expect(tokensEqual("abc", "abd")).toBe(false);
    expect(tokensEqual("abc", "abcdef")).toBe(false);
  });
});

describe("logs", () => {
  it("redacts token fields wherever they appear", () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (l: string) => lines.push(l) } });
    logger.info(
      {
        token: "t1-secret",
        upstream: { token: "t2-secret" },
        sinkCredential: { accessToken: "t3-secret" },
        headers: { authorization: "Bearer t4-secret" },
      },
      "hello",
    );
    expect(lines.join("")).not.toMatch(/t\d-secret/);
    expect(lines.join("")).toContain("[redacted]");
  });
});
