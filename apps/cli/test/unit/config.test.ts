import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_TOKEN } from "@qod/sandbox";
import { describe, expect, it } from "vitest";
import { isLoopbackUrl, SANDBOX_DEV_TOKEN } from "../../src/config/dev-token.js";
import { checkContextValue } from "../../src/config/keys.js";
import { configFile, sandboxStateFile } from "../../src/config/paths.js";
import { endpointFor, resolveSettings } from "../../src/config/resolve.js";
import { ConfigStore } from "../../src/config/store.js";
import { readToken } from "../../src/config/token.js";

async function home(config?: object) {
  const dir = mkdtempSync(join(tmpdir(), "qod-config-"));
  const env = { XDG_CONFIG_HOME: join(dir, "config"), XDG_STATE_HOME: join(dir, "state") };
  if (config) await new ConfigStore(configFile(env)).save(config as never);
  return { dir, env };
}

describe("paths", () => {
  it("follow XDG and ignore relative values", () => {
    expect(configFile({ XDG_CONFIG_HOME: "/x/config" })).toBe("/x/config/qod/config.yaml");
    expect(sandboxStateFile({ XDG_STATE_HOME: "/x/state" })).toBe("/x/state/qod/sandbox.db");
    expect(configFile({ XDG_CONFIG_HOME: "relative" })).toMatch(/\.config\/qod\/config\.yaml$/);
  });
});

describe("settings", () => {
  it("default to the embedded sandbox and its token", async () => {
    const { env } = await home();
    const s = await resolveSettings({}, env);
    expect(s.endpoint).toBeUndefined();
    expect(s.token).toEqual({ kind: "sandbox" });
    expect(s.auth).toBe("bearer");
  });

  it("take flags over env over the context", async () => {
    const { env } = await home({
      "current-context": "op",
      contexts: { op: { "base-url": "https://ctx.example", auth: "rapidapi", "token-command": "echo x" } },
    });
    const fromContext = await resolveSettings({}, env);
    expect(fromContext.endpoint?.qod).toBe("https://ctx.example/quality-on-demand/v1");
    expect(fromContext.values["base-url"]).toEqual({ value: "https://ctx.example", origin: "context" });
    expect(fromContext.auth).toBe("rapidapi");
    expect(fromContext.token).toEqual({ kind: "command", command: "echo x" });

    const fromEnv = await resolveSettings({}, { ...env, QOD_BASE_URL: "https://env.example", QOD_TOKEN: "t" });
    expect(fromEnv.endpoint?.qod).toBe("https://env.example/quality-on-demand/v1");
    expect(fromEnv.token).toEqual({ kind: "env" });

    const fromFlag = await resolveSettings(
      { baseUrl: "https://flag.example/quality-on-demand/v1", tokenFile: "/t" },
      { ...env, QOD_BASE_URL: "https://env.example", QOD_TOKEN: "t" },
    );
    expect(fromFlag.endpoint).toEqual({
      qod: "https://flag.example/quality-on-demand/v1",
      profiles: "https://flag.example/qos-profiles/v1",
      sandbox: "https://flag.example/sandbox/v1",
    });
    expect(fromFlag.token).toEqual({ kind: "file", path: "/t" });
  });

  it("use the development token for an unconfigured loopback provider only", async () => {
    const { env } = await home();
    expect((await resolveSettings({ baseUrl: "http://127.0.0.1:4000" }, env)).token).toEqual({ kind: "dev" });
    expect((await resolveSettings({ baseUrl: "https://api.example" }, env)).token).toEqual({ kind: "none" });
    expect(isLoopbackUrl("http://[::1]:4000")).toBe(true);
    expect(isLoopbackUrl("http://localhost")).toBe(true);
    expect(isLoopbackUrl("http://10.0.0.1")).toBe(false);
  });

  it("matches the sandbox's documented development token", () => {
    expect(SANDBOX_DEV_TOKEN).toBe(DEV_TOKEN);
  });

  it("refuse a context that does not exist and values that do not parse", async () => {
    const { env } = await home();
    await expect(resolveSettings({ context: "nope" }, env)).rejects.toThrow(/--context: no context named "nope"/);
    await expect(resolveSettings({ baseUrl: "ftp://x" }, env)).rejects.toThrow(
      /--base-url: "ftp:\/\/x" must be an http/,
    );
    await expect(resolveSettings({}, { ...env, QOD_AUTH: "basic" })).rejects.toThrow(/QOD_AUTH: is bearer or rapidapi/);
  });

  it("derive every base from the API root", () => {
    expect(endpointFor("http://127.0.0.1:4000/", "https://p.example/qos-profiles/v1/")).toEqual({
      qod: "http://127.0.0.1:4000/quality-on-demand/v1",
      profiles: "https://p.example/qos-profiles/v1",
      sandbox: "http://127.0.0.1:4000/sandbox/v1",
    });
  });
});

describe("context keys", () => {
  it("never accept a token", () => {
    expect(() => checkContextValue("token", "secret")).toThrow(/never stores tokens/);
    expect(() => checkContextValue("colour", "x")).toThrow(/unknown key/);
    expect(checkContextValue("timeout", "10s")).toBe("timeout");
    expect(() => checkContextValue("timeout", "soon")).toThrow(/not a duration/);
  });
});

describe("store", () => {
  it("writes the file private to the user and reads it back", async () => {
    const { env } = await home({ contexts: { a: { auth: "bearer" } } });
    const path = configFile(env);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await new ConfigStore(path).load()).toEqual({ contexts: { a: { auth: "bearer" } } });
    expect(readFileSync(path, "utf8")).toContain("auth: bearer");
  });
});

describe("token sources", () => {
  it("read env, files and commands, trimmed", async () => {
    const { dir } = await home();
    expect(await readToken({ kind: "env" }, { QOD_TOKEN: " abc \n" })).toBe("abc");
    const file = join(dir, "token");
    await import("node:fs/promises").then((fs) => fs.writeFile(file, "from-file\n"));
    expect(await readToken({ kind: "file", path: file }, {})).toBe("from-file");
    expect(await readToken({ kind: "command", command: "printf 'from-command\\n'" }, {})).toBe("from-command");
  });

  it("fail with the right exit code and without echoing output", async () => {
    await expect(readToken({ kind: "none" }, {})).rejects.toMatchObject({ exitCode: 3 });
    await expect(readToken({ kind: "file", path: "/nonexistent/token" }, {})).rejects.toMatchObject({
      exitCode: 2,
      message: "--token-file: cannot read /nonexistent/token (ENOENT)",
    });
    const failing = readToken({ kind: "command", command: "echo leaked-secret; exit 3" }, {});
    await expect(failing).rejects.toMatchObject({
      exitCode: 3,
      message:
        "the context's token-command exited with 3; fix it, or leave the context with 'qod config use --none' (the embedded sandbox)",
    });
    // What the command said on stderr is shown: it is usually the fix.
    const said = readToken(
      { kind: "command", command: "echo leaked-secret; echo 'pass: not logged in' >&2; exit 1" },
      {},
    );
    await expect(said).rejects.toMatchObject({
      message: expect.stringMatching(/^the context's token-command exited with 1: pass: not logged in; fix it/),
    });
    await expect(said).rejects.not.toMatchObject({ message: expect.stringContaining("leaked-secret") });
  });
});
