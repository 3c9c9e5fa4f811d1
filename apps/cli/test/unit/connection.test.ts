import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CommandContext } from "../../src/command-context.js";
import { configFile } from "../../src/config/paths.js";
import { ConfigStore } from "../../src/config/store.js";
import type { GlobalOptions } from "../../src/globals.js";
import { Io } from "../../src/io.js";
import { withConnection } from "../../src/runtime/connection.js";

// Real providers are reached through the global fetch; here it is a stub that records what
// would have been sent, so nothing leaves the machine.
function recordRequests() {
  const seen: Request[] = [];
  vi.stubGlobal("fetch", async (input: Request | string, init?: RequestInit) => {
    seen.push(new Request(input, init));
    return new Response("[]", { status: 200, headers: { "content-type": "application/json" } });
  });
  return seen;
}

async function contextWith(config: object, globals: GlobalOptions = {}, extraEnv: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), "qod-connection-"));
  const env = { XDG_CONFIG_HOME: join(dir, "config"), XDG_STATE_HOME: join(dir, "state"), ...extraEnv };
  await new ConfigStore(configFile(env)).save(config as never);
  let err = "";
  const stream = {
    isTTY: false,
    write: (chunk: string) => {
      err += chunk;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const context = {
    io: new Io({ stdout: stream, stderr: stream, env }),
    globals,
    env,
    signal: new AbortController().signal,
  } as unknown as CommandContext;
  return { context, output: () => err };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("real providers", () => {
  it("Network as Code: its gateway, X-RapidAPI headers, the key from the context's command", async () => {
    const seen = recordRequests();
    const { context, output } = await contextWith({
      "current-context": "nac",
      contexts: { nac: { provider: "network-as-code", "token-command": "printf nac-app-key-123" } },
    });
    await withConnection(context, (c) => c.client.profiles.list());
    const [request] = seen;
    expect(request?.url).toBe("https://network-as-code.p-eu.rapidapi.com/qos-profiles/v1/retrieve-qos-profiles");
    expect(request?.headers.get("x-rapidapi-key")).toBe("nac-app-key-123");
    expect(request?.headers.get("x-rapidapi-host")).toBe("network-as-code.nokia.rapidapi.com");
    expect(request?.headers.get("authorization")).toBeNull();
    expect(output()).not.toContain("embedded sandbox");
  });

  it("a CAMARA provider: its base URL and a bearer token from QOD_TOKEN", async () => {
    const seen = recordRequests();
    const { context } = await contextWith({}, { baseUrl: "https://api.operator.example" }, { QOD_TOKEN: "op-token" });
    await withConnection(context, (c) => c.client.devices.get({ phoneNumber: "+36721601234567" }).sessions());
    const [request] = seen;
    expect(request?.url).toBe("https://api.operator.example/quality-on-demand/v1/retrieve-sessions");
    expect(request?.headers.get("authorization")).toBe("Bearer op-token");
    expect(await request?.json()).toEqual({ device: { phoneNumber: "+36721601234567" } });
  });

  it("reports a missing token as itself (exit 3), not as the SDK's wrapper", async () => {
    recordRequests();
    const { context } = await contextWith({}, { baseUrl: "https://api.operator.example" });
    await expect(withConnection(context, (c) => c.client.profiles.list())).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(/^no token: export QOD_TOKEN/),
    });
  });
});
