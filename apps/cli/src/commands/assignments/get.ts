import type { CommandContext } from "../../command-context.js";
import { renderAssignment } from "../../format/assignment.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string): Promise<void> {
  const { io } = context;
  await withConnection(context, async (connection) => {
    const assignment = await connection.client.assignments.get(id, { signal: context.signal });
    io.result(
      () => assignment.toJSON(),
      () => io.line(renderAssignment(io, assignment)),
    );
  });
}
