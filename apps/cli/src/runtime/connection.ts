import { QodClient } from "@qod/sdk";
import { CliError } from "../cli-error.js";
import type { CommandContext } from "../command-context.js";
import { sandboxStateFile, tildify } from "../config/paths.js";
import { endpointFor, resolveSettings, type Settings } from "../config/resolve.js";
import { readToken } from "../config/token.js";
import { ExitCode } from "../exit-codes.js";
import { EmbeddedSandbox } from "./embedded-sandbox.js";
import { SandboxControl } from "./sandbox-control.js";
import { rememberSecret } from "./secrets.js";
import { type FetchFn, verboseFetch } from "./verbose-fetch.js";

// In-process requests still need a URL; loopback keeps the SDK's https rule satisfied.
const EMBEDDED_ROOT = "http://127.0.0.1";

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** Let the SDK accept profiles outside the known catalogue. @default false */
  allowUnknownProfiles?: boolean;
}

/** A configured SDK client and the sandbox control API. */
export interface Connection {
  readonly settings: Settings;
  /** True when requests go to the in-process sandbox. */
  readonly embedded: boolean;
  readonly client: QodClient;
  readonly control: SandboxControl;
  /** Releases what the connection holds; call once the command is done. */
  close(): Promise<void>;
  /**
   * Why reading the token failed, if it did. The SDK wraps such failures in a generic error;
   * the CLI's own (no token, unreadable file, failing command) has the message and exit code.
   */
  tokenFailure(): unknown;
}

/** `QOD_QUIET=1` (or `true`) hides the embedded sandbox's note. */
export function isQuiet(env: NodeJS.ProcessEnv): boolean {
  return env.QOD_QUIET === "1" || env.QOD_QUIET?.toLowerCase() === "true";
}

/** Builds the client from flags, environment and context. Nothing is sent or read yet. */
export async function connect(context: CommandContext, options: ConnectOptions = {}): Promise<Connection> {
  const { io, globals, env } = context;
  const settings = await resolveSettings(globals, env);
  const stateFile = sandboxStateFile(env);
  const embedded =
    settings.endpoint === undefined && settings.provider === "camara"
      ? new EmbeddedSandbox({
          stateFile,
          onStart: () => {
            if (isQuiet(env)) return;
            io.note(
              `qod: using the embedded sandbox (state in ${tildify(stateFile)}); for a real provider set QOD_BASE_URL or run 'qod config set base-url <url>' (QOD_QUIET=1 hides this note)`,
            );
          },
          warn: (message) => io.note(`qod: sandbox: ${message}`),
        })
      : undefined;

  let fetch: FetchFn = embedded ? embedded.fetch : (input, init) => globalThis.fetch(input, init);
  if (globals.verbose) fetch = verboseFetch(fetch, { log: (line) => io.note(io.errColors.dim(line)) });

  let token: Promise<string> | undefined;
  let tokenFailure: unknown;
  const getToken = () => {
    token ??= (async () => {
      try {
        const value =
          embedded && settings.token.kind === "sandbox"
            ? await embedded.devToken()
            : await readToken(settings.token, env);
        rememberSecret(value);
        return value;
      } catch (error) {
        tokenFailure = error;
        throw error;
      }
    })();
    return token;
  };

  const common = {
    token: getToken,
    fetch: (request: Request) => fetch(request),
    ...(settings.timeoutMs !== undefined && { timeout: settings.timeoutMs }),
    ...(options.allowUnknownProfiles && { allowUnknownProfiles: true }),
  };
  let client: QodClient;
  if (settings.provider === "network-as-code" && settings.endpoint === undefined) {
    client = QodClient.networkAsCode({ ...common, env: settings.nacEnv });
  } else {
    const endpoint = settings.endpoint ?? endpointFor(EMBEDDED_ROOT, undefined, settings.apiVersion);
    client = new QodClient({
      ...common,
      apiVersion: settings.apiVersion,
      auth: settings.auth,
      baseUrl: endpoint.qod,
      profilesBaseUrl: endpoint.profiles,
      ...(settings.rapidApiHost !== undefined && { rapidApiHost: settings.rapidApiHost }),
    });
  }

  const controlBase = settings.endpoint?.sandbox ?? `${EMBEDDED_ROOT}/sandbox/v1`;
  const adminToken = env.QOD_SANDBOX_ADMIN_TOKEN || undefined;
  if (adminToken) rememberSecret(adminToken);
  return {
    settings,
    embedded: embedded !== undefined,
    client,
    control: new SandboxControl(fetch, controlBase, adminToken),
    // Every request was committed when answered: closing only releases the state database.
    close: async () => embedded?.close(),
    tokenFailure: () => tokenFailure,
  };
}

/** Runs `body` with a connection, closes it, and reports a token failure as itself. */
export async function withConnection<T>(
  context: CommandContext,
  body: (connection: Connection) => Promise<T>,
  options: ConnectOptions = {},
): Promise<T> {
  const connection = await connect(context, options);
  try {
    return await body(connection);
  } catch (error) {
    throw connection.tokenFailure() ?? explainRejectedToken(connection, error);
  } finally {
    await connection.close();
  }
}

/**
 * QOD_TOKEN exported but no base URL: the requests went to the embedded sandbox, which does
 * not know the provider's token. Say that instead of a bare 401.
 */
function explainRejectedToken(connection: Connection, error: unknown): unknown {
  const status = (error as { status?: unknown } | undefined)?.status;
  if (status !== 401 || !connection.embedded || connection.settings.token.kind !== "env") return error;
  return new CliError(
    "401: the embedded sandbox refused QOD_TOKEN. No base URL is set, so requests go to the embedded sandbox, not your provider: set QOD_BASE_URL (or --base-url, or 'qod config set base-url <url>') to reach the provider, or unset QOD_TOKEN to use the sandbox's own token",
    ExitCode.auth,
  );
}
