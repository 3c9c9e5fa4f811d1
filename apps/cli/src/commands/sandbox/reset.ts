import type { CommandContext } from "../../command-context.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext): Promise<void> {
  const { io } = context;
  await withConnection(context, async ({ control }) => {
    const state = await control.call("POST", "/reset");
    io.result(
      () => state,
      () => io.line("sandbox reset: seed devices and profiles, no sessions, no minted tokens"),
    );
  });
}
