import type { CommandContext } from "../../command-context.js";
import { describeDevice, renderSessionTable } from "../../format/session.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, flags: DeviceFlags): Promise<void> {
  const { io } = context;
  const device = deviceFromFlags(flags, true) ?? {};
  await withConnection(context, async (connection) => {
    const target = connection.client.devices.get(device);
    const sessions = await target.sessions({ signal: context.signal });
    io.result(
      () => sessions.map((session) => session.toJSON()),
      () => {
        if (sessions.length === 0) io.note(`no sessions for ${describeDevice(target.toIdentifiers())}`);
        else io.line(renderSessionTable(io, sessions));
      },
    );
  });
}
