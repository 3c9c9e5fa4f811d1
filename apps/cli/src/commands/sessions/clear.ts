import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { describeDevice } from "../../format/session.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { confirm } from "../../runtime/confirm.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, flags: DeviceFlags & { yes?: boolean }): Promise<void> {
  const { io } = context;
  const device = deviceFromFlags(flags, true) ?? {};
  await withConnection(context, async (connection) => {
    const target = connection.client.devices.get(device);
    const name = describeDevice(target.toIdentifiers());
    // Deleting everything needs a yes: from a person at a terminal, or --yes from a script.
    if (!flags.yes && !(process.stdin.isTTY && io.stderr.isTTY)) {
      throw new UsageError(
        `refusing to delete every session of ${name} without confirmation: stdin is not a terminal, so pass --yes`,
        "--yes",
      );
    }
    if (!flags.yes) {
      const count = (await target.sessions({ signal: context.signal })).length;
      if (count === 0) {
        io.result(
          () => ({ deleted: [] }),
          () => io.note(`no sessions for ${name}`),
        );
        return;
      }
      const yes = await confirm(`Delete ${count} session${count === 1 ? "" : "s"} of ${name}?`, {
        input: process.stdin,
        output: io.stderr,
        signal: context.signal,
      });
      if (!yes) {
        // A "no" is an answer, not a failure.
        io.result(
          () => ({ deleted: [], cancelled: true }),
          () => io.note("cancelled; nothing was deleted"),
        );
        return;
      }
    }
    const deleted = await target.clearSessions({ signal: context.signal });
    io.result(
      () => ({ deleted }),
      () => {
        if (deleted.length === 0) io.note(`no sessions for ${name}`);
        else
          io.line(
            `deleted ${deleted.length} session${deleted.length === 1 ? "" : "s"} of ${name}: ${deleted.join(", ")}`,
          );
      },
    );
  });
}
