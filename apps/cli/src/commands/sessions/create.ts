import { type CreateSessionInput, isKnownQosProfile, knownQosProfiles, type Session } from "@qod/sdk";
import { CliError, UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { ExitCode } from "../../exit-codes.js";
import { renderSession } from "../../format/session.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { parseDuration } from "../../parse/duration.js";
import { parsePorts } from "../../parse/ports.js";
import { didYouMean } from "../../parse/suggest.js";
import { withConnection } from "../../runtime/connection.js";
import { startProgress } from "../../runtime/spinner.js";

/** The sandbox's profiles for trying out refusals (inactive, deprecated...). */
const TEST_PROFILE_PREFIX = "QOS_TEST_";

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
  const allowUnknownProfiles = checkProfile(flags.profile, flags.allowUnknownProfile ?? false);
  const waitMs = parseDuration("--wait-timeout", flags.waitTimeout, { max: 3600 }) * 1000;
  await withConnection(
    context,
    async (connection) => {
      const target = connection.client.devices.get(device);
      let session = await target.createQodSession(input, { signal: context.signal });
      if (flags.wait) session = await waitUntilAvailable(context, session, waitMs);
      io.result(
        () => session.toJSON(),
        () => io.line(renderSession(io, session)),
      );
      if (!io.json) io.note(io.errColors.dim(`extend with: qod sessions extend ${session.id} --by 15m`));
    },
    { allowUnknownProfiles },
  );
}

async function waitUntilAvailable(context: CommandContext, session: Session, timeoutMs: number): Promise<Session> {
  const progress = await startProgress(context.io, `waiting for session ${session.id} to become AVAILABLE`);
  try {
    return await session.waitForStatus("AVAILABLE", { timeout: Math.max(1, timeoutMs), signal: context.signal });
  } catch (error) {
    const name = (error as Error).name;
    if (name === "TimeoutError") {
      throw new CliError(
        `session ${session.id} is still REQUESTED after ${Math.round(timeoutMs / 1000)}s; check it with 'qod sessions get ${session.id}'`,
        ExitCode.server,
      );
    }
    if (name === "SessionEndedError") {
      throw new CliError(
        `session ${session.id} ended before it became AVAILABLE (${session.statusInfo ?? "UNAVAILABLE"})`,
        ExitCode.unexpected,
      );
    }
    throw error;
  } finally {
    progress.stop();
  }
}

/**
 * A profile outside the catalogue: the sandbox's test profiles (`QOS_TEST_*`, listed by
 * `qod profiles list`) are accepted like --allow-unknown-profile; anything else is refused with
 * the nearest known name.
 */
function checkProfile(profile: string, allowUnknown: boolean): boolean {
  if (allowUnknown || isKnownQosProfile(profile)) return allowUnknown;
  if (profile.startsWith(TEST_PROFILE_PREFIX)) return true;
  const names = knownQosProfiles.map((p) => p.name);
  throw new UsageError(
    `unknown profile ${JSON.stringify(profile)}${didYouMean(profile, names)} (see 'qod profiles list'; --allow-unknown-profile sends it anyway)`,
    "--profile",
  );
}
