import type { CommandContext } from "../../command-context.js";
import { configFile } from "../../config/paths.js";
import { type ConfigFile, ConfigStore } from "../../config/store.js";

/** The contexts file, and which context `set`/`unset` act on: --context, else the current one. */
export async function loadTarget(
  context: CommandContext,
): Promise<{ store: ConfigStore; config: ConfigFile; name: string }> {
  const store = new ConfigStore(configFile(context.env));
  const config = await store.load();
  const name = context.globals.context ?? context.env.QOD_CONTEXT ?? config["current-context"] ?? "default";
  return { store, config, name };
}
