import { ConfigError } from "../config/config-error.js";
import { ConfigWatcher } from "../config/config-watcher.js";
import { loadConfig } from "../config/load-config.js";
import { Daemon } from "../daemon.js";
import { createLogger } from "../observability/logger.js";
import type { CommandIo } from "./check-config-command.js";
import { handleSignals } from "./signals.js";

/** `qodd run`: starts the daemon and keeps running until a signal stops it. */
export async function runCommand(file: string, io: CommandIo, exit: (code: number) => void): Promise<void> {
  let config: Awaited<ReturnType<typeof loadConfig>>;
  try {
    config = await loadConfig(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(error.message);
    exit(2);
    return;
  }
  const logger = createLogger({ level: config.log.level });
  const flushAndExit = (code: number) => logger.flush(() => exit(code));
  const daemon = new Daemon({ config, logger });
  const watcher = new ConfigWatcher({ file: config.file, onChange: () => void daemon.reload() });
  handleSignals({
    daemon: {
      reload: () => daemon.reload(),
      stop: () => {
        watcher.stop();
        return daemon.stop();
      },
    },
    logger,
    exit: flushAndExit,
    hardTimeoutMs: (config.shutdown.timeoutSeconds + 10) * 1000,
  });
  try {
    await daemon.start();
  } catch (error) {
    logger.fatal({ err: { name: (error as Error).name, message: (error as Error).message } }, "qodd could not start");
    flushAndExit(1);
    return;
  }
  watcher.start();
}
