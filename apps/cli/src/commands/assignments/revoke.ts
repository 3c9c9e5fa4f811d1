import type { CommandContext } from "../../command-context.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string, flags: { ignoreNotFound?: boolean }): Promise<void> {
  const { io } = context;
  await withConnection(context, async (connection) => {
    let revoked = true;
    try {
      await connection.client.assignments.revoke(id, { signal: context.signal });
    } catch (error) {
      // Gone already is what the caller wanted, when they say so.
      if (!(flags.ignoreNotFound && (error as { status?: unknown }).status === 404)) throw error;
      revoked = false;
    }
    io.result(
      () => ({ id, revoked }),
      () => io.line(revoked ? `revoked assignment ${id}` : `assignment ${id} was not found; nothing to revoke`),
    );
  });
}
