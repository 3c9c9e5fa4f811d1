import type { Command } from "commander";
import type { Lazy } from "../../command-context.js";
import { contextKeys } from "../../config/keys.js";
import { examples } from "../../help.js";

/** `qod config …`: named contexts in the XDG config directory. */
export function registerConfig(program: Command, lazy: Lazy): void {
  const config = program
    .command("config")
    .description(
      "named contexts (like kubectl's): base URLs, auth style and where the token comes from; never the token itself",
    )
    .summary("named contexts");
  examples(
    config,
    "qod config set base-url https://api.example.com --context operator",
    "qod config set token-command 'pass show qod/operator' --context operator",
    "qod config use operator",
    "qod config use --none",
  );

  const show = config
    .command("show")
    .description("print the contexts and the settings in effect, with where each comes from")
    .action(lazy(() => import("./show.js")));
  examples(show, "qod config show", "qod config show --json");

  const keys = Object.entries(contextKeys)
    .map(([key, help]) => `  ${key.padEnd(18)} ${help}`)
    .join("\n");
  const set = config
    .command("set")
    .description(
      "set a key in a context (the current one, or --context), creating it if needed; never changes the current context",
    )
    .argument("<key>", "one of the keys below")
    .argument("<value>", "the value")
    .addHelpText("after", `\nKeys:\n${keys}\n`)
    .action(lazy(() => import("./set.js")));
  examples(
    set,
    "qod config set base-url https://api.example.com --context operator",
    "qod config set provider network-as-code --context nac",
    "qod config set token-command 'pass show nac/key' --context nac",
  );

  const unset = config
    .command("unset")
    .description("remove a key from a context (the current one, or --context)")
    .argument("<key>", "the key")
    .action(lazy(() => import("./unset.js")));
  examples(unset, "qod config unset timeout");

  const use = config
    .command("use")
    .description("make a context the current one, or with --none go back to the embedded sandbox")
    .argument("[context]", "context name")
    .option("--none", "no current context: the embedded sandbox (unless QOD_BASE_URL or --base-url is set)")
    .action(lazy(() => import("./use.js")));
  examples(use, "qod config use operator", "qod config use --none");

  const deleteContext = config
    .command("delete-context")
    .description("remove a context; if it was the current one, commands go back to the embedded sandbox")
    .argument("<context>", "context name")
    .action(lazy(() => import("./delete-context.js")));
  examples(deleteContext, "qod config delete-context operator");
}
