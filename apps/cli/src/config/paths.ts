import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

// The XDG spec says relative values are invalid and must be ignored.
function xdg(env: NodeJS.ProcessEnv, name: string, fallback: string[]): string {
  const value = env[name];
  return value && isAbsolute(value) ? value : join(homedir(), ...fallback);
}

/** `$XDG_CONFIG_HOME/qod`: contexts live here. */
export function configDir(env: NodeJS.ProcessEnv): string {
  return join(xdg(env, "XDG_CONFIG_HOME", [".config"]), "qod");
}

/** `$XDG_STATE_HOME/qod`: the embedded sandbox keeps its state here. */
export function stateDir(env: NodeJS.ProcessEnv): string {
  return join(xdg(env, "XDG_STATE_HOME", [".local", "state"]), "qod");
}

/** The contexts file. */
export function configFile(env: NodeJS.ProcessEnv): string {
  return join(configDir(env), "config.yaml");
}

/** The embedded sandbox's state database. */
export function sandboxStateFile(env: NodeJS.ProcessEnv): string {
  return join(stateDir(env), "sandbox.db");
}

/** `~/…` for paths under the home directory, to keep messages short. */
export function tildify(path: string): string {
  const home = homedir();
  return path === home || path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}
