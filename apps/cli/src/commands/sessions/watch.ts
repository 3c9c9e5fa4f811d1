import { NotFoundError, type Session } from "@qod/sdk";
import type { CommandContext } from "../../command-context.js";
import { paintStatus } from "../../format/status.js";
import { visibleWidth } from "../../format/table.js";
import { formatLocal, formatRemaining } from "../../format/time.js";
import type { Io } from "../../io.js";
import { parseInterval } from "../../parse/duration.js";
import { withConnection } from "../../runtime/connection.js";
import { sleep } from "../../runtime/sleep.js";

function statusLine(io: Io, session: Session): string {
  const status = paintStatus(io.colors, session.status, session.statusInfo);
  if (session.status === "AVAILABLE" && session.expiresAt) {
    return `${status}  ${formatRemaining(session.remainingSeconds())} left  (expires ${formatLocal(session.expiresAt)})`;
  }
  if (session.status === "UNAVAILABLE" && session.expiresAt)
    return `${status}  ended ${formatLocal(session.expiresAt)}`;
  return status;
}

/**
 * Polls the session and shows its status: one line rewritten in place on a terminal, a line
 * per change otherwise. Ends when the session ends or disappears, or on Ctrl-C (exit 0).
 */
export async function run(context: CommandContext, id: string, flags: { interval: string }): Promise<void> {
  const { io, signal } = context;
  const intervalMs = parseInterval("--interval", flags.interval);
  const live = io.stdout.isTTY === true && !io.json;
  await withConnection(context, async (connection) => {
    const session = await connection.client.sessions.get(id, { signal });
    let shown = "";
    let width = 0;
    let gone = false;
    for (;;) {
      const line = statusLine(io, session);
      if (live) {
        // Carriage return and padding rather than an erase sequence: no escape codes with NO_COLOR.
        const visible = visibleWidth(line);
        io.stdout.write(`\r${line}${" ".repeat(Math.max(0, width - visible))}`);
        width = visible;
      } else if (`${session.status}/${session.statusInfo}` !== shown) io.line(line);
      shown = `${session.status}/${session.statusInfo}`;
      if (session.status === "UNAVAILABLE") break;
      await sleep(intervalMs, signal);
      if (signal.aborted) break;
      try {
        await session.refresh({ signal });
      } catch (error) {
        if (signal.aborted) break;
        if (!(error instanceof NotFoundError)) throw error;
        gone = true;
        break;
      }
    }
    if (live) io.stdout.write("\n");
    if (gone) io.note(`qod: session ${id} no longer exists (deleted, or removed after it ended)`);
    if (io.json) io.emitJson(session.toJSON());
  });
}
