import type { CreateSessionInput, Session } from "@qod/sdk";
import { CliError, UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { ExitCode } from "../../exit-codes.js";
import { renderSession } from "../../format/session.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { parseDuration } from "../../parse/duration.js";
import { parsePorts } from "../../parse/ports.js";
import { withConnection } from "../../runtime/connection.js";
import { sleep } from "../../runtime/sleep.js";
import { startProgress } from "../../runtime/spinner.js";

interface CreateFlags extends DeviceFlags {
  profile: string;
  serviceIpv4?: string;
  serviceIpv6?: string;
  duration: string;
  devicePorts?: string;
  servicePorts?: string;
  sink?: string;
  sinkToken?: string;
  sinkTokenExpires: string;
  allowUnknownProfile?: boolean;
  wait?: boolean;
  waitTimeout: string;
}

/** The session request from the flags; every CLI-level check happens here, before any I/O. */
function toInput(flags: CreateFlags): CreateSessionInput {
  if (flags.serviceIpv4 === undefined && flags.serviceIpv6 === undefined) {
    throw new UsageError(
      "give the application server's address: --service-ipv4, --service-ipv6 or both",
      "--service-ipv4",
    );
  }
  if (flags.sinkToken !== undefined && flags.sink === undefined) {
    throw new UsageError("a sink token needs --sink, the URL it is sent to", "--sink-token");
  }
  return {
    profile: flags.profile,
    duration: parseDuration("--duration", flags.duration, { min: 1, max: 86_400 }),
    ...(flags.serviceIpv4 !== undefined && { serviceIpv4: flags.serviceIpv4 }),
    ...(flags.serviceIpv6 !== undefined && { serviceIpv6: flags.serviceIpv6 }),
    ...(flags.devicePorts !== undefined && { devicePorts: parsePorts("--device-ports", flags.devicePorts) }),
    ...(flags.servicePorts !== undefined && { servicePorts: parsePorts("--service-ports", flags.servicePorts) }),
    ...(flags.sink !== undefined && { sink: flags.sink }),
    ...(flags.sinkToken !== undefined && {
      sinkCredential: { accessToken: flags.sinkToken, accessTokenExpiresUtc: expiry(flags.sinkTokenExpires) },
    }),
  };
}

// RFC 3339 as given, or a duration from now.
function expiry(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return text;
  return new Date(Date.now() + parseDuration("--sink-token-expires", text) * 1000).toISOString();
}

export async function run(context: CommandContext, flags: CreateFlags): Promise<void> {
  const { io } = context;
  const device = deviceFromFlags(flags, true) ?? {};
  const input = toInput(flags);
  const waitMs = parseDuration("--wait-timeout", flags.waitTimeout, { max: 3600 }) * 1000;
  await withConnection(
    context,
    async (connection) => {
      const target = connection.client.devices.get(device);
      let session = await target.createQodSession(input, { signal: context.signal });
      if (flags.wait) session = await waitUntilAvailable(context, session, waitMs);
      io.result(
        () => session.toJSON(),
        () => io.line(renderSession(io, session, connection.now())),
      );
      if (!io.json) io.note(io.errColors.dim(`extend with: qod sessions extend ${session.id} --by 15m`));
    },
    { allowUnknownProfiles: flags.allowUnknownProfile ?? false },
  );
}

async function waitUntilAvailable(context: CommandContext, session: Session, timeoutMs: number): Promise<Session> {
  const started = Date.now();
  const progress = await startProgress(context.io, `waiting for session ${session.id} to become AVAILABLE`);
  try {
    while (session.status === "REQUESTED") {
      if (context.signal.aborted) throw context.signal.reason;
      if (Date.now() - started >= timeoutMs) {
        throw new CliError(
          `session ${session.id} is still REQUESTED after ${Math.round(timeoutMs / 1000)}s; check it with 'qod sessions get ${session.id}'`,
          ExitCode.server,
        );
      }
      await sleep(Math.min(500, timeoutMs), context.signal);
      await session.refresh({ signal: context.signal });
      progress.update(`waiting for AVAILABLE (${Math.round((Date.now() - started) / 1000)}s)`);
    }
  } finally {
    progress.stop();
  }
  if (session.status !== "AVAILABLE") {
    throw new CliError(
      `session ${session.id} ended before it became AVAILABLE (${session.statusInfo ?? "UNAVAILABLE"})`,
      ExitCode.unexpected,
    );
  }
  return session;
}
