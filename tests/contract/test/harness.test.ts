// The Prism harness itself: ready detection, failures that carry Prism's output, a clean stop.
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, inject, test } from "vitest";
import { findFreePort, isPortFree, waitForPort } from "../src/ports.mjs";
import { launchPrism, PrismStartError, startPrism } from "../src/prism.mjs";

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("waitForPort", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  test("resolves once something listens", async () => {
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await expect(waitForPort({ host: "127.0.0.1", port, timeoutMs: 1_000 })).resolves.toBeUndefined();
    expect(await isPortFree("127.0.0.1", port)).toBe(false);
  });

  test("rejects when the process that should listen has exited", async () => {
    const port = await findFreePort("127.0.0.1");
    await expect(
      waitForPort({ host: "127.0.0.1", port, timeoutMs: 60_000, exited: Promise.resolve() }),
    ).rejects.toThrow("exited while starting");
  });

  test("rejects after its deadline", async () => {
    const port = await findFreePort("127.0.0.1");
    await expect(waitForPort({ host: "127.0.0.1", port, timeoutMs: 0 })).rejects.toThrow("not listening after 0 ms");
  });
});

// These spawn Prism of their own: allow for a slow start on a busy CI machine.
const SPAWN_TIMEOUT = { timeout: 60_000 };

describe.concurrent("startPrism", () => {
  test("refuses a port that is already taken, before spawning anything", async () => {
    const port = Number(new URL(inject("qodMockUrl")).port);
    await expect(startPrism({ spec: "qod", port })).rejects.toThrow(`127.0.0.1:${port}: the port is in use`);
  });

  test("fails with Prism's own output when Prism exits", SPAWN_TIMEOUT, async () => {
    const port = await findFreePort("127.0.0.1");
    const failure = launchPrism({ specPath: "/nonexistent/contract.yaml", port });
    await expect(failure).rejects.toBeInstanceOf(PrismStartError);
    await expect(failure).rejects.toThrow(/exited \(code 1\)[\s\S]*ENOENT/);
  });

  test("serves the spec at its root, and stop() waits until the process is gone", SPAWN_TIMEOUT, async () => {
    const mock = await startPrism({ spec: "profiles" });
    try {
      expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
      const response = await fetch(`${mock.url}/qos-profiles/QOS_L`, { headers: { authorization: "Bearer t" } });
      expect(response.status).toBe(200);
      expect(processExists(mock.pid)).toBe(true);
    } finally {
      await mock.stop();
    }
    expect(processExists(mock.pid)).toBe(false);
    expect(await isPortFree("127.0.0.1", mock.port)).toBe(true);
    await expect(mock.stop()).resolves.toBeUndefined();
  });
});
