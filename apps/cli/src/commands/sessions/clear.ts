import { CliError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { ExitCode } from "../../exit-codes.js";
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
    // Ask only a person: scripts (no terminal) proceed, as documented.
    if (!flags.yes && process.stdin.isTTY && io.stderr.isTTY) {
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
      if (!yes) throw new CliError("cancelled; nothing was deleted", ExitCode.unexpected);
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
