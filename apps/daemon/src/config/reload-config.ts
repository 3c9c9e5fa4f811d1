// A reload takes new `sessions:` at once; other changes wait for a restart, and an invalid file is refused.
import type { Logger } from "../observability/logger.js";
import { ConfigError } from "./config-error.js";
import { type DaemonConfig, loadConfig } from "./load-config.js";

/** Re-reads `current.file`; undefined (errors logged) when it is invalid and the running config stays. */
export async function reloadConfig(current: DaemonConfig, logger: Logger): Promise<DaemonConfig | undefined> {
  let next: DaemonConfig;
  try {
    next = await loadConfig(current.file);
  } catch (error) {
    const issues = error instanceof ConfigError ? error.issues : [{ path: "", message: String(error) }];
    logger.error({ file: current.file, issues }, "config reload refused; the running config stays");
    return undefined;
  }
  const { sessions: _a, file: _b, ...rest } = next;
  const { sessions: _c, file: _d, ...old } = current;
  if (JSON.stringify(rest) !== JSON.stringify(old)) {
    logger.warn("config changes outside `sessions:` take effect at the next restart");
  }
  return next;
}
