import type { CommandContext } from "../../command-context.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string): Promise<void> {
  const { io } = context;
  await withConnection(context, async (connection) => {
    // The SDK deletes through a Session, so read it first; that also checks it exists.
    const session = await connection.client.sessions.get(id, { signal: context.signal });
    await session.delete({ signal: context.signal });
    io.result(
      () => ({ id, deleted: true }),
      () => io.line(`deleted session ${id}`),
    );
  });
}
