import { knownQosProfiles } from "@qod/sdk";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { apiVersions, contextKeys } from "../../config/keys.js";
import { bashScript } from "./bash.js";
import { fishScript } from "./fish.js";
import { describeTree, type KnownValues } from "./model.js";
import { zshScript } from "./zsh.js";

const generators = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;

export async function run(context: CommandContext, shell: string): Promise<void> {
  const generate = generators[shell as keyof typeof generators];
  if (!generate) throw new UsageError(`${JSON.stringify(shell)} is not supported; use bash, zsh or fish`, "<shell>");
  let root = context.command;
  while (root.parent) root = root.parent;
  const known: KnownValues = {
    "--profile": knownQosProfiles.map((p) => p.name),
    "--status": ["ACTIVE", "INACTIVE", "DEPRECATED"],
    "--auth": ["bearer", "rapidapi"],
    "--output": ["table", "wide", "json"],
    "--api-version": [...apiVersions],
    "completion <shell>": Object.keys(generators),
    "config set <key>": Object.keys(contextKeys),
    "config unset <key>": Object.keys(contextKeys),
  };
  // A script, not a result: --json does not apply.
  context.io.stdout.write(generate(describeTree(root, known)));
}
