import type { CommandContext } from "../../command-context.js";
import { checkContextValue } from "../../config/keys.js";
import { tildify } from "../../config/paths.js";
import { loadTarget } from "./target.js";

export async function run(context: CommandContext, key: string, value: string): Promise<void> {
  const { io } = context;
  const checked = checkContextValue(key, value, `<key> ${key}`);
  const { store, config, name } = await loadTarget(context);
  config.contexts[name] = { ...config.contexts[name], [checked]: value };
  // Never switches contexts: a half-configured provider must not become where every later
  // command goes. `qod config use NAME` does that, when the context is ready.
  await store.save(config);
  const current = config["current-context"];
  io.result(
    () => ({ context: name, key: checked, value, current: current === name }),
    () => io.line(`context ${name}: ${checked} = ${value}`),
  );
  if (!io.json) {
    const inUse = current === name ? `; ${name} is the current context` : `; use it with 'qod config use ${name}'`;
    io.note(`qod: saved in ${tildify(store.path)}${inUse}`);
  }
}
