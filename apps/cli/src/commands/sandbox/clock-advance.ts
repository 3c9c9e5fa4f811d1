import type { CommandContext } from "../../command-context.js";
import { formatBoth } from "../../format/time.js";
import { parseDuration } from "../../parse/duration.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, duration: string): Promise<void> {
  const { io } = context;
  const seconds = parseDuration("<duration>", duration, { min: 1, max: 315_360_000 });
  await withConnection(context, async ({ control }) => {
    const clock = await control.call<{ now: string }>("POST", "/clock/advance", { seconds });
    io.result(
      () => clock,
      () => io.line(`sandbox time is now ${formatBoth(new Date(clock.now))}`),
    );
  });
}
