// SIGTERM/SIGINT: a graceful stop within a bound; a second signal exits at once. SIGHUP: reload.
import type { Clock } from "@qod/sdk";
import type { Daemon } from "../daemon.js";
import type { Logger } from "../observability/logger.js";
import { daemonSystemClock } from "../time/system-clock.js";

/** Options for handleSignals. */
export interface SignalOptions {
  daemon: Pick<Daemon, "stop" | "reload">;
  logger: Logger;
  /** Ends the process (after the log is flushed). */
  exit: (code: number) => void;
  /** Hard bound on a graceful stop, in ms, after which the process exits anyway. */
  hardTimeoutMs: number;
  /** Clock for the hard bound. @default the system clock */
  clock?: Clock;
  /** Where signals come from. @default process */
  emitter?: NodeJS.EventEmitter;
}

/** Installs the handlers; returns a function that removes them. */
export function handleSignals(o: SignalOptions): () => void {
  const emitter = o.emitter ?? process;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      o.logger.warn({ signal }, "second signal: exiting now");
      o.exit(130);
      return;
    }
    stopping = true;
    o.logger.info({ signal }, "stopping: no new leases, deleting owned sessions");
    // The daemon's own bound covers the deletes; this one covers everything else hanging.
    const cancelHard = (o.clock ?? daemonSystemClock).schedule(o.hardTimeoutMs, () => {
      o.logger.error("shutdown took too long: exiting");
      o.exit(1);
    });
    o.daemon.stop().then(
      (result) => {
        cancelHard();
        o.exit(result.timedOut ? 1 : 0);
      },
      (error: unknown) => {
        cancelHard();
        o.logger.error({ err: { message: (error as Error).message } }, "shutdown failed");
        o.exit(1);
      },
    );
  };
  const onTerm = () => stop("SIGTERM");
  const onInt = () => stop("SIGINT");
  const onHup = () => {
    o.logger.info("SIGHUP: reloading the config");
    void o.daemon.reload();
  };
  emitter.on("SIGTERM", onTerm);
  emitter.on("SIGINT", onInt);
  emitter.on("SIGHUP", onHup);
  return () => {
    emitter.off("SIGTERM", onTerm);
    emitter.off("SIGINT", onInt);
    emitter.off("SIGHUP", onHup);
  };
}
