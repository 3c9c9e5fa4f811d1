import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { configFile } from "../../config/paths.js";
import { ConfigStore } from "../../config/store.js";

export async function run(context: CommandContext, name: string): Promise<void> {
  const { io } = context;
  const store = new ConfigStore(configFile(context.env));
  const config = await store.load();
  if (config.contexts[name] === undefined) {
    const known = Object.keys(config.contexts);
    const hint =
      known.length > 0
        ? `contexts: ${known.join(", ")}`
        : "create one with 'qod config set <key> <value> --context NAME'";
    throw new UsageError(`no context named ${JSON.stringify(name)}; ${hint}`, "<context>");
  }
  config["current-context"] = name;
  await store.save(config);
  io.result(
    () => ({ currentContext: name }),
    () => io.line(`current context: ${name}`),
  );
}
