import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { configFile } from "../../config/paths.js";
import { ConfigStore } from "../../config/store.js";
import { didYouMean } from "../../parse/suggest.js";

export async function run(context: CommandContext, name: string): Promise<void> {
  const { io } = context;
  const store = new ConfigStore(configFile(context.env));
  const config = await store.load();
  if (config.contexts[name] === undefined) {
    const known = Object.keys(config.contexts);
    throw new UsageError(
      `no context named ${JSON.stringify(name)}${known.length > 0 ? `; contexts: ${known.join(", ")}${didYouMean(name, known)}` : ""}`,
      "<context>",
    );
  }
  delete config.contexts[name];
  const wasCurrent = config["current-context"] === name;
  if (wasCurrent) delete config["current-context"];
  await store.save(config);
  io.result(
    () => ({ deleted: name, currentContext: config["current-context"] ?? null }),
    () =>
      io.line(
        `deleted context ${name}${wasCurrent ? "; it was the current one, so commands now use the embedded sandbox" : ""}`,
      ),
  );
}
