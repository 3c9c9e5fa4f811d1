import type { CommandContext } from "../../command-context.js";
import { paintStatus } from "../../format/status.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, id: string): Promise<void> {
  const { io } = context;
  await withConnection(context, async ({ control }) => {
    const info = await control.call<{ qosStatus: string; statusInfo?: string }>(
      "POST",
      `/sessions/${encodeURIComponent(id)}/terminate`,
    );
    io.result(
      () => info,
      () => io.line(`session ${id}: ${paintStatus(io.colors, info.qosStatus, info.statusInfo)}`),
    );
  });
}
