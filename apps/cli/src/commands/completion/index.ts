import type { Command } from "commander";
import type { Lazy } from "../../command-context.js";
import { examples } from "../../help.js";

/** `qod completion bash|zsh|fish`. */
export function registerCompletion(program: Command, lazy: Lazy): void {
  const completion = program
    .command("completion")
    .description("print a shell completion script")
    .argument("<shell>", "bash, zsh or fish")
    .action(lazy(() => import("./completion.js")));
  examples(
    completion,
    "qod completion bash > ~/.local/share/bash-completion/completions/qod",
    "qod completion zsh > ~/.zfunc/_qod   # with fpath+=(~/.zfunc) in ~/.zshrc",
    "qod completion fish > ~/.config/fish/completions/qod.fish",
  );
}
