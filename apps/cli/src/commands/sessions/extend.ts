import type { CommandContext } from "../../command-context.js";
import { renderSession } from "../../format/session.js";
import { formatSpan } from "../../format/time.js";
import { parseDuration } from "../../parse/duration.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string, flags: { by: string }): Promise<void> {
  const { io } = context;
  const seconds = parseDuration("--by", flags.by, { min: 1, max: 86_400 });
  await withConnection(context, async (connection) => {
    const session = await connection.client.sessions.get(id, { signal: context.signal });
    const before = session.duration;
    await session.extend(seconds, { signal: context.signal });
    io.result(
      () => session.toJSON(),
      () => io.line(renderSession(io, session, connection.now())),
    );
    const added = session.duration - before;
    if (added < seconds) {
      io.note(
        `qod: the provider added ${formatSpan(added)} of the ${formatSpan(seconds)} asked: the profile's maximum`,
      );
    }
  });
}
