import type { CommandContext } from "../../command-context.js";
import { formatBoth } from "../../format/time.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext): Promise<void> {
  const { io } = context;
  await withConnection(context, async ({ control }) => {
    const clock = await control.call<{ now: string; realtime: boolean }>("GET", "/clock");
    io.result(
      () => clock,
      () =>
        io.line(
          `${formatBoth(new Date(clock.now))}${clock.realtime ? "" : " (frozen: moves only with 'qod sandbox clock advance')"}`,
        ),
    );
  });
}
