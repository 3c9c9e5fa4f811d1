import type { CommandContext } from "../../command-context.js";
import { renderProfile } from "../../format/profile.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, name: string): Promise<void> {
  const { io } = context;
  await withConnection(context, async (connection) => {
    const profile = await connection.client.profiles.get(name, { signal: context.signal });
    io.result(
      () => profile,
      () => io.line(renderProfile(io, profile)),
    );
  });
}
