import type { ProfileFilterInput } from "@qod/sdk";
import type { CommandContext } from "../../command-context.js";
import { renderProfileTable } from "../../format/profile.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { withConnection } from "../../runtime/connection.js";

interface ListFlags extends DeviceFlags {
  status?: string;
  name?: string;
}

export async function run(context: CommandContext, flags: ListFlags): Promise<void> {
  const { io } = context;
  const device = deviceFromFlags(flags, false);
  const filter = {
    ...(flags.status !== undefined && { status: flags.status.toUpperCase() }),
    ...(flags.name !== undefined && { name: flags.name }),
    ...(device !== undefined && { device }),
  } as ProfileFilterInput;
  await withConnection(context, async (connection) => {
    const profiles = await connection.client.profiles.list(filter, { signal: context.signal });
    io.result(
      () => profiles,
      () => {
        if (profiles.length === 0) io.note("no profiles match");
        else io.line(renderProfileTable(io, profiles));
      },
    );
  });
}
