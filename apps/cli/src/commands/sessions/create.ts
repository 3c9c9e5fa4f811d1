import type { CreateSessionInput } from "@qod/sdk";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { renderSession } from "../../format/session.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { parseDuration } from "../../parse/duration.js";
import { parsePorts } from "../../parse/ports.js";
import { checkProfile } from "../../parse/profile.js";
import { type SinkFlags, sinkFromFlags } from "../../parse/sink.js";
import { withConnection } from "../../runtime/connection.js";
import { waitUntilAvailable } from "../../runtime/wait-available.js";

interface CreateFlags extends DeviceFlags, SinkFlags {
  profile: string;
  serviceIpv4?: string;
  serviceIpv6?: string;
  serviceAddress?: string[];
  duration: string;
  devicePorts?: string;
  servicePorts?: string;
  allowUnknownProfile?: boolean;
  wait?: boolean;
  waitTimeout: string;
}

/** The session request from the flags; every CLI-level check happens here, before any I/O. */
function toInput(flags: CreateFlags): CreateSessionInput {
  const addresses = flags.serviceAddress;
  if (flags.serviceIpv4 === undefined && flags.serviceIpv6 === undefined && addresses === undefined) {
    throw new UsageError(
      "give the application server's address: --service-ipv4, --service-ipv6 or both (or --service-address)",
      "--service-ipv4",
    );
  }
  if (addresses !== undefined && (flags.serviceIpv4 !== undefined || flags.serviceIpv6 !== undefined)) {
    throw new UsageError(
      "give either --service-address or --service-ipv4/--service-ipv6, not both",
      "--service-address",
    );
  }
  return {
    profile: flags.profile,
    duration: parseDuration("--duration", flags.duration, { min: 1, max: 86_400 }),
    ...(flags.serviceIpv4 !== undefined && { serviceIpv4: flags.serviceIpv4 }),
    ...(flags.serviceIpv6 !== undefined && { serviceIpv6: flags.serviceIpv6 }),
    ...(addresses !== undefined && { serviceAddresses: addresses }),
    ...(flags.devicePorts !== undefined && { devicePorts: parsePorts("--device-ports", flags.devicePorts) }),
    ...(flags.servicePorts !== undefined && { servicePorts: parsePorts("--service-ports", flags.servicePorts) }),
    ...sinkFromFlags(flags),
  };
}

export async function run(context: CommandContext, flags: CreateFlags): Promise<void> {
  const { io } = context;
  const device = deviceFromFlags(flags, true) ?? {};
  const input = toInput(flags);
  const allowUnknownProfiles = checkProfile(flags.profile, flags.allowUnknownProfile ?? false);
  const waitMs = parseDuration("--wait-timeout", flags.waitTimeout, { max: 3600 }) * 1000;
  await withConnection(
    context,
    async (connection) => {
      if (input.serviceAddresses && connection.client.apiVersion === "1.1.0") {
        throw new UsageError(
          "needs QoD 1.2.0-rc.3: add --api-version 1.2.0-rc.3 (or set QOD_API_VERSION or 'qod config set api-version 1.2.0-rc.3'); 1.1.0 takes one --service-ipv4 and/or --service-ipv6",
          "--service-address",
        );
      }
      const target = connection.client.devices.get(device);
      let session = await target.createQodSession(input, { signal: context.signal });
      if (flags.wait)
        session = await waitUntilAvailable(context, session, waitMs, "session", `qod sessions get ${session.id}`);
      io.result(
        () => session.toJSON(),
        () => io.line(renderSession(io, session)),
      );
      if (!io.json) io.note(io.errColors.dim(`extend with: qod sessions extend ${session.id} --by 15m`));
    },
    { allowUnknownProfiles },
  );
}
