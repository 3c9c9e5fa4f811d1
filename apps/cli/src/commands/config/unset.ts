import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { contextKeys } from "../../config/keys.js";
import { loadTarget } from "./target.js";

export async function run(context: CommandContext, key: string): Promise<void> {
  const { io } = context;
  if (!(key in contextKeys))
    throw new UsageError(`unknown key; keys are ${Object.keys(contextKeys).join(", ")}`, "<key>");
  const { store, config, name } = await loadTarget(context);
  const current = config.contexts[name];
  if (current === undefined)
    throw new UsageError(`no context named ${JSON.stringify(name)}; see 'qod config show'`, "--context");
  const had = key in current;
  delete current[key as keyof typeof current];
  await store.save(config);
  io.result(
    () => ({ context: name, key, removed: had }),
    () => io.line(had ? `context ${name}: ${key} removed` : `context ${name} had no ${key}`),
  );
}
