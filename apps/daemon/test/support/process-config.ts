import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_TOKEN } from "@qod/sandbox";
import { stringify } from "yaml";
import { type DaemonProcess, spawnDaemon } from "./daemon-process.js";
import type { TestCert } from "./tls.js";

export const PROCESS_API_TOKEN = "process-api-token-0123456789";

/** Options for writeProcessConfig. */
export interface ProcessConfigOptions {
  sandboxUrl: string;
  sessions: Record<string, unknown>[];
  cert?: TestCert;
  extra?: Record<string, unknown>;
}

/** Writes a config for a qodd child process talking to a sandbox listening at `sandboxUrl`. */
export function writeProcessConfig(dir: string, options: ProcessConfigOptions): string {
  const tokenFile = join(dir, "api-token");
  writeFileSync(tokenFile, `${PROCESS_API_TOKEN}\n`, { mode: 0o600 });
  const file = join(dir, "qodd.yaml");
  writeFileSync(
    file,
    stringify({
      upstream: {
        baseUrl: `${options.sandboxUrl}/quality-on-demand/v1`,
        profilesBaseUrl: `${options.sandboxUrl}/qos-profiles/v1`,
        token: { env: "QOD_TOKEN" },
      },
      listen: { host: "127.0.0.1", port: 0 },
      api: { token: { file: tokenFile } },
      store: { dir: join(dir, "state") },
      log: { level: "info" },
      ...(options.cert && {
        notifications: {
          listen: { host: "127.0.0.1", port: 0 },
          tls: { cert: options.cert.certFile, key: options.cert.keyFile },
        },
      }),
      ...options.extra,
      sessions: options.sessions,
    }),
  );
  chmodSync(file, 0o600);
  return file;
}

/** Runs qodd with a config of its own in `dir` (created); resolves once it logged "qodd started". */
export async function spawnConfigured(
  dir: string,
  options: ProcessConfigOptions,
  onSpawn: (r: DaemonProcess) => void,
): Promise<{ replica: DaemonProcess; started: Record<string, unknown> }> {
  mkdirSync(dir, { recursive: true });
  const replica = spawnDaemon(writeProcessConfig(dir, options), { QOD_TOKEN: DEV_TOKEN });
  onSpawn(replica);
  return { replica, started: await replica.waitForLog((l) => l.msg === "qodd started") };
}
