import type { Io } from "../io.js";

/** What long waits show: a spinner on a terminal, one note line otherwise. */
export interface Progress {
  update(text: string): void;
  stop(): void;
}

/**
 * A spinner on stderr when it is a colour terminal of known width (and not `--json`); ora
 * loads only then. NO_COLOR and TERM=dumb get a plain line: no escape codes at all. A
 * pseudo-terminal can report 0 columns, and a spinner that measures its lines by the width
 * would then never finish clearing them.
 */
export async function startProgress(io: Io, text: string): Promise<Progress> {
  if (!io.errColors.isColorSupported || io.json || !((io.stderr.columns ?? 0) > 0)) {
    io.note(`${text}…`);
    return { update() {}, stop() {} };
  }
  const { default: ora } = await import("ora");
  const spinner = ora({
    text,
    stream: io.stderr,
    // Leave stdin alone so Ctrl-C stays a signal the CLI handles itself.
    discardStdin: false,
  }).start();
  return {
    update: (next) => {
      spinner.text = next;
    },
    stop: () => {
      spinner.stop();
    },
  };
}
