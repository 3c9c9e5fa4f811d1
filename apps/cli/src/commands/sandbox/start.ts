import { resolve } from "node:path";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../command-context.js";
import { isLoopbackUrl } from "../../config/dev-token.js";
import { parseDuration } from "../../parse/duration.js";
import { port } from "../../parse/ports.js";

interface StartFlags {
  port: string;
  host: string;
  state?: string;
  activationDelay: string;
}

/** The sandbox's refusal of the admin token, as a usage error naming the variable it comes from. */
function adminTokenUsage(error: unknown): never {
  if (!(error instanceof Error) || error.name !== "AdminTokenError") throw error;
  const reason = (error as Error & { reason?: string }).reason ?? error.message;
  throw new UsageError(`${reason} (listening beyond loopback; clients send it too)`, "QOD_SANDBOX_ADMIN_TOKEN");
}

/**
 * Serves a sandbox until Ctrl-C or SIGTERM, then closes it cleanly (state saved). The URL is
 * the one line on stdout, so scripts and tests can read it; everything else goes to stderr.
 */
export async function run(context: CommandContext, flags: StartFlags): Promise<void> {
  const { io, signal, env } = context;
  const listenPort = port("--port", flags.port);
  const activationDelaySeconds = parseDuration("--activation-delay", flags.activationDelay, { min: 0 });
  const adminToken = env.QOD_SANDBOX_ADMIN_TOKEN || undefined;
  const bracketed = flags.host.includes(":") ? `[${flags.host}]` : flags.host;
  const { createSandbox, checkAdminToken } = await import("@qod/sandbox");
  // The sandbox's own rule (present, 32+ characters, no whitespace), checked before a state file is touched.
  if (!isLoopbackUrl(`http://${bracketed}`)) {
    try {
      checkAdminToken(adminToken);
    } catch (error) {
      adminTokenUsage(error);
    }
  }
  const sandbox = createSandbox({
    clock: { realtime: true },
    activationDelaySeconds,
    ...(flags.state !== undefined && { stateFile: resolve(flags.state) }),
    ...(adminToken !== undefined && { adminToken }),
    logger: { info: (message) => io.note(message), warn: (message) => io.note(`warning: ${message}`) },
  });
  try {
    const url = await listenOn(sandbox, listenPort, flags.host).catch(adminTokenUsage);
    // Notes first: once the URL is on stdout, whoever waits for it may read stderr too.
    io.note(`point qod at it with: export QOD_BASE_URL=${url}   (Ctrl-C stops the sandbox)`);
    io.result(
      () => ({
        url,
        // The API root, as QOD_BASE_URL and --base-url take it; each API's base is derived from it.
        baseUrl: url,
        qodBaseUrl: `${url}/quality-on-demand/v1`,
        profilesBaseUrl: `${url}/qos-profiles/v1`,
        controlBaseUrl: `${url}/sandbox/v1`,
        ...(sandbox.devToken !== undefined && { devToken: sandbox.devToken }),
        ...(flags.state !== undefined && { stateFile: resolve(flags.state) }),
      }),
      () => io.line(url),
    );
    await new Promise<void>((done) => {
      if (signal.aborted) done();
      else signal.addEventListener("abort", () => done(), { once: true });
    });
  } finally {
    await sandbox.close();
  }
  io.note("sandbox stopped");
}

/** A taken port is the caller's to fix: a usage error naming it, not a crash. */
async function listenOn(sandbox: { listen(port: number, host: string): Promise<string> }, port: number, host: string) {
  try {
    return await sandbox.listen(port, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    throw new UsageError(
      `port ${port} on ${host} is already in use: stop what listens there, or pick another port (--port 0 picks a free one)`,
      "--port",
    );
  }
}
