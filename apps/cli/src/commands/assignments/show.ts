import { CliError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { ExitCode } from "../../exit-codes.js";
import { renderAssignment } from "../../format/assignment.js";
import { describeDevice } from "../../format/session.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { withConnection } from "../../runtime/connection.js";

/** The device's assignment; none is a not-found (exit 4), as for `get`. */
export async function run(context: CommandContext, flags: DeviceFlags): Promise<void> {
  const { io } = context;
  const device = deviceFromFlags(flags, true) ?? {};
  await withConnection(context, async (connection) => {
    const target = connection.client.devices.get(device);
    const assignment = await target.qosAssignment({ signal: context.signal });
    if (!assignment) {
      throw new CliError(`no QoS assignment for ${describeDevice(target.toIdentifiers())}`, ExitCode.notFound);
    }
    io.result(
      () => assignment.toJSON(),
      () => io.line(renderAssignment(io, assignment)),
    );
  });
}
