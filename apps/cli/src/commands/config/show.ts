import type { CommandContext } from "../../command-context.js";
import { configFile, sandboxStateFile, tildify } from "../../config/paths.js";
import { resolveSettings, type Settings } from "../../config/resolve.js";
import { ConfigStore } from "../../config/store.js";
import { renderDetails, renderTable } from "../../format/table.js";

function tokenFrom(settings: Settings): string {
  const t = settings.token;
  if (t.kind === "env") return "env QOD_TOKEN";
  if (t.kind === "file") return `file ${t.path}`;
  if (t.kind === "command") return "the context's token-command";
  if (t.kind === "sandbox") return "the embedded sandbox's development token";
  if (t.kind === "dev") return "the sandbox development token (loopback base URL, nothing configured)";
  return "none: set QOD_TOKEN, --token-file or a token-command";
}

function target(settings: Settings, env: NodeJS.ProcessEnv): string {
  if (settings.endpoint) return settings.endpoint.qod;
  if (settings.provider === "network-as-code") return `Network as Code (${settings.nacEnv})`;
  return `embedded sandbox (state in ${tildify(sandboxStateFile(env))})`;
}

/** Shows the contexts and what is in effect, without ever reading a token. */
export async function run(context: CommandContext): Promise<void> {
  const { io, env } = context;
  const store = new ConfigStore(configFile(env));
  const config = await store.load();
  const settings = await resolveSettings(context.globals, env);
  const current = config["current-context"];
  io.result(
    () => ({
      file: store.path,
      currentContext: current ?? null,
      contexts: config.contexts,
      effective: {
        context: settings.contextName ?? null,
        target: target(settings, env),
        auth: settings.auth,
        token: tokenFrom(settings),
        values: settings.values,
      },
    }),
    () => {
      io.line(
        renderDetails(
          [
            ["Config file", tildify(store.path)],
            ["Current context", current ?? "(none)"],
            ["Requests go to", target(settings, env)],
            ["Auth", settings.auth],
            ["Token from", tokenFrom(settings)],
          ],
          io.colors.dim,
        ),
      );
      const names = Object.keys(config.contexts);
      if (names.length > 0) {
        io.line();
        io.line(
          renderTable(
            ["", "CONTEXT", "SETTINGS"],
            names.map((name) => [
              name === current ? "*" : "",
              name,
              Object.entries(config.contexts[name] ?? {})
                .map(([key, value]) => `${key}=${value}`)
                .join(" "),
            ]),
            io.colors.bold,
          ),
        );
      }
      const values = Object.entries(settings.values);
      if (values.length > 0) {
        io.line();
        io.line(
          renderTable(
            ["SETTING", "VALUE", "FROM"],
            values.map(([key, v]) => [key, v?.value ?? "", v?.origin ?? ""]),
            io.colors.bold,
          ),
        );
      }
    },
  );
}
