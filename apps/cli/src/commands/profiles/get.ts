import { knownQosProfiles } from "@qod/sdk";
import { CliError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { ExitCode } from "../../exit-codes.js";
import { renderProfile } from "../../format/profile.js";
import { closestMatch } from "../../parse/suggest.js";
import { withConnection } from "../../runtime/connection.js";

export async function run(context: CommandContext, name: string): Promise<void> {
  const { io } = context;
  await withConnection(context, async (connection) => {
    const profile = await connection.client.profiles.get(name, { signal: context.signal }).catch((error: unknown) => {
      const match = closestMatch(
        name,
        knownQosProfiles.map((p) => p.name),
      );
      if ((error as { status?: unknown }).status !== 404 || match === undefined || match === name) throw error;
      throw new CliError(`no profile named ${JSON.stringify(name)}; did you mean ${match}?`, ExitCode.notFound);
    });
    io.result(
      () => profile,
      () => io.line(renderProfile(io, profile)),
    );
  });
}
