import type { CommandContext } from "../../command-context.js";
import { renderSession } from "../../format/session.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string): Promise<void> {
  const { io } = context;
  await withConnection(context, async (connection) => {
    const session = await connection.client.sessions.get(id, { signal: context.signal });
    io.result(
      () => session.toJSON(),
      () => io.line(renderSession(io, session)),
    );
  });
}
