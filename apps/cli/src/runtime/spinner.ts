import type { Io } from "../io.js";

/** What long waits show: a spinner on a terminal, one note line otherwise. */
export interface Progress {
  update(text: string): void;
  stop(): void;
}

/** A spinner on stderr when it is a terminal (and not `--json`); ora loads only then. */
export async function startProgress(io: Io, text: string): Promise<Progress> {
  if (!io.stderr.isTTY || io.json) {
    io.note(`${text}…`);
    return { update() {}, stop() {} };
  }
  const { default: ora } = await import("ora");
  const spinner = ora({ text, stream: io.stderr }).start();
  return {
    update: (next) => {
      spinner.text = next;
    },
    stop: () => {
      spinner.stop();
    },
  };
}
