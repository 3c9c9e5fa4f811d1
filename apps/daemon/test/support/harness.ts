// An in-process sandbox and daemon sharing one virtual clock: the daemon's timers are a
// ManualTime reading the sandbox's clock, and advance() moves both in step, so days of
// simulated time take milliseconds and nothing depends on real waiting.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox, type Sandbox, type SandboxOptions } from "@qod/sandbox";
import type { Clock } from "@qod/sdk";
import { stringify } from "yaml";
import { loadConfig } from "../../src/config/load-config.js";
import { Daemon, type DaemonOptions } from "../../src/daemon.js";
import { createLogger } from "../../src/observability/logger.js";
import { ManualTime } from "../../src/time/manual-time.js";
import { makeCert, type TestCert } from "./tls.js";

export const API_TOKEN = "test-api-token-0123456789";
export const START = Date.parse("2026-03-01T00:00:00Z");

/** Options for startHarness. */
export interface HarnessOptions {
  /** The `sessions:` list. */
  sessions?: Record<string, unknown>[];
  /** Sections merged over the base config (upstream, reconcile, polling...). */
  config?: Record<string, unknown>;
  /** Serve notifications over HTTPS and have the sandbox send them. @default false */
  notifications?: boolean;
  sandbox?: SandboxOptions;
  /** Reuse a state folder (restart tests). */
  dir?: string;
  /** Reuse a sandbox (restart tests). */
  reuseSandbox?: Sandbox;
  /** Wraps the sandbox's fetch (fault injection, call counting). */
  wrapFetch?: (
    fetch: (request: Request) => Promise<Response>,
    sandbox: Sandbox,
  ) => (request: Request) => Promise<Response>;
  daemon?: Partial<DaemonOptions>;
  /** Prepares the sandbox before the daemon starts (profiles, devices). */
  prepare?: (sandbox: Sandbox) => void;
}

export interface Harness {
  sandbox: Sandbox;
  daemon: Daemon;
  time: ManualTime;
  dir: string;
  configFile: string;
  cert: TestCert | undefined;
  logs: string[];
  /** Calls the daemon's API with the bearer token. */
  api(path: string, init?: { method?: string; body?: unknown; token?: string | null }): Promise<Response>;
  /** Moves the shared clock forward, running every timer due on the way; `onStep` runs after each stop. */
  advance(seconds: number, options?: { maxStepSeconds?: number; onStep?: () => void }): Promise<void>;
  /** Waits until the daemon and the sandbox's notifications are idle. */
  settle(): Promise<void>;
  /** Rewrites the config file with new sessions (for reload tests). */
  writeSessions(sessions: Record<string, unknown>[]): void;
  writeRaw(text: string): void;
  stop(): Promise<void>;
}

function baseConfig(dir: string, cert: TestCert | undefined): Record<string, unknown> {
  return {
    upstream: {
      baseUrl: "http://127.0.0.1/quality-on-demand/v1",
      profilesBaseUrl: "http://127.0.0.1/qos-profiles/v1",
      token: { value: "qod-sandbox-dev-token" },
    },
    listen: { host: "127.0.0.1", port: 0 },
    api: { token: { value: API_TOKEN } },
    store: { dir: join(dir, "state") },
    reconcile: { marginSeconds: 300, sessionSeconds: 3600, extendSeconds: 3600, concurrency: 16 },
    polling: { intervalSeconds: 300, maxPerSecond: 5 },
    ...(cert && {
      notifications: { listen: { host: "127.0.0.1", port: 0 }, tls: { cert: cert.certFile, key: cert.keyFile } },
    }),
  };
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" && !Array.isArray(b)
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/**
 * The SDK's clock for in-process tests: its retry waits (at most 8 s) pass at once; its request
 * timeouts (10 s here) never fire, since the in-process sandbox never hangs. The daemon's own
 * backoff runs on the virtual clock.
 *
 * Why not the daemon's ManualTime: tried, and every suite passes on it but the one with injected
 * 503s, which hangs. settle() waits for the work in flight before moving time, and that work is
 * an SDK retry wait that ends only when time moves.
 */
export function virtualSdkClock(time: ManualTime): Clock {
  return {
    now: () => time.now(),
    schedule: (ms, fn) => {
      if (ms >= 10_000) return () => undefined;
      const timer = setImmediate(fn);
      return () => clearImmediate(timer);
    },
  };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "qodd-test-"));
  const cert = options.notifications ? makeCert(dir) : undefined;
  const sandbox =
    options.reuseSandbox ??
    createSandbox({
      logger: false,
      clock: { start: START },
      ...options.sandbox,
      ...(cert && { notifications: { ca: cert.cert, ...options.sandbox?.notifications } }),
    });
  options.prepare?.(sandbox);
  const configFile = join(dir, "qodd.yaml");
  const config = merge(baseConfig(dir, cert), options.config ?? {});
  const write = (text: string) => {
    writeFileSync(configFile, text);
    chmodSync(configFile, 0o600);
  };
  write(stringify({ ...config, sessions: options.sessions ?? [] }));
  const time = new ManualTime({ now: () => sandbox.clock.now().getTime() });
  const logs: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => logs.push(line) } });
  const baseFetch = (request: Request) => sandbox.fetch(request);
  const daemon = new Daemon({
    config: await loadConfig(configFile),
    clock: time,
    clockOverrides: { sdk: virtualSdkClock(time) },
    logger,
    fetch: options.wrapFetch ? options.wrapFetch(baseFetch, sandbox) : baseFetch,
    processMetrics: false,
    random: () => 0.5,
    ...options.daemon,
  });
  await daemon.start();

  const settle = async () => {
    for (let i = 0; i < 50; i++) {
      await daemon.settled();
      await sandbox.notifications.idle();
      await new Promise((resolve) => setImmediate(resolve));
      if (daemon.reconciler.quiet) {
        await daemon.settled();
        return;
      }
    }
  };
  await settle();

  return {
    sandbox,
    daemon,
    time,
    dir,
    configFile,
    cert,
    logs,
    api(path, init = {}) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (init.token !== null) headers.authorization = `Bearer ${init.token ?? API_TOKEN}`;
      return fetch(`${daemon.apiUrl}${path}`, {
        method: init.method ?? (init.body === undefined ? "GET" : "POST"),
        headers,
        ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      });
    },
    async advance(seconds, { maxStepSeconds = 60, onStep } = {}) {
      const end = sandbox.clock.now().getTime() + seconds * 1000;
      for (;;) {
        await settle();
        const now = sandbox.clock.now().getTime();
        if (now >= end) break;
        const next = time.nextDue() ?? Number.POSITIVE_INFINITY;
        const target = Math.min(Math.max(next, now), end, now + maxStepSeconds * 1000);
        if (target > now) sandbox.clock.advance((target - now) / 1000);
        await sandbox.notifications.idle();
        time.fireDue();
        await settle();
        onStep?.();
      }
    },
    settle,
    writeSessions(sessions) {
      write(stringify({ ...config, sessions }));
    },
    writeRaw: write,
    async stop() {
      await daemon.stop();
      if (!options.reuseSandbox) await sandbox.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The sandbox's sessions (any status), from its state snapshot. */
export function sandboxSessions(sandbox: Sandbox): Record<string, unknown>[] {
  return sandbox.state.snapshot().sessions;
}
