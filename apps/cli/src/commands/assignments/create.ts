import type { CommandContext } from "../../command-context.js";
import { renderAssignment } from "../../format/assignment.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { parseDuration } from "../../parse/duration.js";
import { checkProfile } from "../../parse/profile.js";
import { type SinkFlags, sinkFromFlags } from "../../parse/sink.js";
import { withConnection } from "../../runtime/connection.js";
import { waitUntilAvailable } from "../../runtime/wait-available.js";

interface CreateFlags extends DeviceFlags, SinkFlags {
  profile: string;
  allowUnknownProfile?: boolean;
  wait?: boolean;
  waitTimeout: string;
}

export async function run(context: CommandContext, flags: CreateFlags): Promise<void> {
  const { io } = context;
  const device = deviceFromFlags(flags, true) ?? {};
  const input = { profile: flags.profile, ...sinkFromFlags(flags) };
  const allowUnknownProfiles = checkProfile(flags.profile, flags.allowUnknownProfile ?? false);
  const waitMs = parseDuration("--wait-timeout", flags.waitTimeout, { max: 3600 }) * 1000;
  await withConnection(
    context,
    async (connection) => {
      let assignment = await connection.client.devices.get(device).assignQos(input, { signal: context.signal });
      if (flags.wait) {
        const check = `qod assignments get ${assignment.id}`;
        assignment = await waitUntilAvailable(context, assignment, waitMs, "assignment", check);
      }
      io.result(
        () => assignment.toJSON(),
        () => io.line(renderAssignment(io, assignment)),
      );
      if (!io.json) io.note(io.errColors.dim(`revoke with: qod assignments revoke ${assignment.id}`));
    },
    { allowUnknownProfiles },
  );
}
