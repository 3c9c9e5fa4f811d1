import type { CommandContext } from "../../command-context.js";
import { renderSession } from "../../format/session.js";
import { formatSpan } from "../../format/time.js";
import { parseDuration } from "../../parse/duration.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string, flags: { by: string }): Promise<void> {
  const { io } = context;
  const seconds = parseDuration("--by", flags.by, { min: 1, max: 86_400 });
  await withConnection(context, async (connection) => {
    const session = await connection.client.sessions.extend(id, seconds, { signal: context.signal });
    io.result(
      () => session.toJSON(),
      () => io.line(renderSession(io, session)),
    );
    // One request, no read first: the answer has only the new total. A total below what was
    // asked to be added can only be the provider's cap.
    if (session.duration <= seconds) {
      io.note(
        `qod: the provider capped the session at ${formatSpan(session.duration)} in all (the profile's maximum); ${formatSpan(seconds)} was asked`,
      );
    }
  });
}
