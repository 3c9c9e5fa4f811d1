import type { CommandContext } from "../../command-context.js";
import { checkContextValue } from "../../config/keys.js";
import { tildify } from "../../config/paths.js";
import { loadTarget } from "./target.js";

export async function run(context: CommandContext, key: string, value: string): Promise<void> {
  const { io } = context;
  const checked = checkContextValue(key, value, `<key> ${key}`);
  const { store, config, name } = await loadTarget(context);
  config.contexts[name] = { ...config.contexts[name], [checked]: value };
  // The first context made becomes the current one: nobody wants to `use` right after.
  const madeCurrent = config["current-context"] === undefined;
  if (madeCurrent) config["current-context"] = name;
  await store.save(config);
  io.result(
    () => ({ context: name, key: checked, value, current: config["current-context"] === name }),
    () => io.line(`context ${name}: ${checked} = ${value}`),
  );
  if (!io.json)
    io.note(`qod: saved in ${tildify(store.path)}${madeCurrent ? `; ${name} is now the current context` : ""}`);
}
