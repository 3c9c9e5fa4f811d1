import type { CommandContext } from "../../command-context.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string, flags: { ignoreNotFound?: boolean }): Promise<void> {
  const { io } = context;
  await withConnection(context, async (connection) => {
    let deleted = true;
    try {
      await connection.client.sessions.delete(id, { signal: context.signal });
    } catch (error) {
      // Gone already is what the caller wanted, when they say so (scripts cleaning up twice).
      if (!(flags.ignoreNotFound && (error as { status?: unknown }).status === 404)) throw error;
      deleted = false;
    }
    io.result(
      () => ({ id, deleted }),
      () => io.line(deleted ? `deleted session ${id}` : `session ${id} was not found; nothing to delete`),
    );
  });
}
