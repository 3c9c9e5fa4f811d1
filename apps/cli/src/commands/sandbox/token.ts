import { deviceInputSchema, parseInput } from "@qod/sdk";
import type { CommandContext } from "../../command-context.js";
import { formatBoth } from "../../format/time.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { parseDuration } from "../../parse/duration.js";
import { withConnection } from "../../runtime/connection.js";

interface TokenFlags extends DeviceFlags {
  scopes?: string;
  clientId: string;
  expiresIn: string;
}

interface MintedToken {
  accessToken: string;
  tokenType: string;
  expiresAt: string;
}

/** Prints only the token on stdout, so `export QOD_TOKEN=$(qod sandbox token)` works. */
export async function run(context: CommandContext, flags: TokenFlags): Promise<void> {
  const { io } = context;
  const flagsDevice = deviceFromFlags(flags, false);
  const device = flagsDevice && parseInput(deviceInputSchema, flagsDevice, { path: "device" });
  const scopes = flags.scopes
    ?.split(",")
    .map((scope) => scope.trim())
    .filter(Boolean);
  const expiresIn = parseDuration("--expires-in", flags.expiresIn, { min: 1 });
  await withConnection(context, async ({ control }) => {
    const minted = await control.call<MintedToken>("POST", "/tokens", {
      clientId: flags.clientId,
      expiresIn,
      ...(scopes !== undefined && { scopes }),
      ...(device !== undefined && { device }),
    });
    io.result(
      () => minted,
      () => io.line(minted.accessToken),
    );
    if (!io.json) io.note(`qod: token for client ${flags.clientId}, expires ${formatBoth(new Date(minted.expiresAt))}`);
  });
}
