import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { configFile } from "../../config/paths.js";
import { ConfigStore } from "../../config/store.js";
import { didYouMean } from "../../parse/suggest.js";

export async function run(context: CommandContext, name: string | undefined, flags: { none?: boolean }): Promise<void> {
  const { io } = context;
  if ((name === undefined) === (flags.none !== true)) {
    throw new UsageError("give a context name, or --none to go back to the embedded sandbox", "<context>");
  }
  const store = new ConfigStore(configFile(context.env));
  const config = await store.load();
  if (flags.none) {
    delete config["current-context"];
    await store.save(config);
    io.result(
      () => ({ currentContext: null }),
      () => io.line("no current context: commands use the embedded sandbox unless QOD_BASE_URL or --base-url is set"),
    );
    return;
  }
  const wanted = name as string;
  if (config.contexts[wanted] === undefined) {
    const known = Object.keys(config.contexts);
    const hint =
      known.length > 0
        ? `contexts: ${known.join(", ")}${didYouMean(wanted, known)}`
        : "create one with 'qod config set <key> <value> --context NAME'";
    throw new UsageError(`no context named ${JSON.stringify(wanted)}; ${hint}`, "<context>");
  }
  config["current-context"] = wanted;
  await store.save(config);
  io.result(
    () => ({ currentContext: wanted }),
    () => io.line(`current context: ${wanted}`),
  );
}
