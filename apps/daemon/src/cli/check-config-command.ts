import { ConfigError } from "../config/config-error.js";
import { loadConfig } from "../config/load-config.js";
import { preflight } from "../config/preflight.js";

/** Output streams, injectable for tests. */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** `qodd check-config FILE`: 0 when the file is valid and what it names is usable, 1 otherwise. */
export async function checkConfigCommand(
  file: string,
  io: CommandIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let config: Awaited<ReturnType<typeof loadConfig>>;
  try {
    config = await loadConfig(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Everything at once: what the file names is checked too, for the parts that parsed.
    const more = await preflight(error.targets, env);
    io.err([error.message, ...more.map((i) => `  ${i.path}: ${i.message}`)].join("\n"));
    return 1;
  }
  const issues = await preflight(config, env);
  if (issues.length > 0) {
    io.err(`${config.file} is valid, but:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
    return 1;
  }
  const keepAlive = config.sessions.filter((s) => s.keepAlive).length;
  io.out(
    `${config.file}: ok. ${config.sessions.length} declared session(s) (${keepAlive} keep-alive); ` +
      `API on ${config.listen.host}:${config.listen.port}; ` +
      (config.notifications
        ? `notifications at ${config.notifications.publicUrl ?? `https://${config.notifications.listen.host}:${config.notifications.listen.port}`}`
        : "no notifications (polling only)"),
  );
  return 0;
}
