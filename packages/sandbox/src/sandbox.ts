import { checkAdminToken } from "./auth/admin-token.js";
import type { StateSnapshot } from "./control/control-service.js";
import { ControlService } from "./control/control-service.js";
import { SandboxCore } from "./core.js";
import { toSessionInfo } from "./domain/sessions.js";
import { createApp } from "./http/app.js";
import { connectionResetError, isConnectionReset } from "./http/connection-reset.js";
import { isLoopback } from "./http/loopback.js";
import type { ServedApp } from "./http/node-server.js";
import type { DeliveryRecord } from "./notifications/notifier.js";
import type { SandboxOptions } from "./options.js";
import { capture, restore } from "./persistence/saved-state.js";
import { readStateFile, StateFileError, writeStateFile } from "./persistence/state-file.js";

/** A fetch function: pass it to a client in place of the global one, and no socket is used. */
export type SandboxFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** The sandbox's clock, as tests and tools drive it. */
export interface SandboxClockControl {
  /** Sandbox time now. */
  now(): Date;
  /** Moves sandbox time forward, firing activations, expiries, removals and notification retries due on the way. */
  advance(seconds: number): Date;
  /** Whether sandbox time also moves with the wall clock. */
  readonly realtime: boolean;
}

/** A read-only view of what the sandbox holds. */
export interface SandboxStateView {
  /** Everything but secrets, as `GET /sandbox/v1/state` returns it. */
  snapshot(): StateSnapshot;
  /** One session as SessionInfo plus its owner; undefined once it is gone. */
  session(id: string): (Record<string, unknown> & { clientId: string; deviceId: string }) | undefined;
  /** How many sessions exist (including UNAVAILABLE ones not yet removed). */
  readonly sessionCount: number;
}

export interface Sandbox {
  /** Handles a request in-process. */
  readonly fetch: SandboxFetch;
  /** Serves the sandbox over HTTP; port 0 picks a free one. Resolves with the bound URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops serving, cancels timers and pending notifications, saves the state. */
  close(): Promise<void>;
  readonly clock: SandboxClockControl;
  readonly state: SandboxStateView;
  /** The control API's operations, for use without HTTP. */
  readonly control: ControlService;
  readonly notifications: {
    /** Resolves when no notification delivery is in flight. */
    idle(): Promise<void>;
    /** Recent delivery attempts, oldest first. */
    history(): DeliveryRecord[];
  };
  /** The development token, while it is accepted. */
  readonly devToken: string | undefined;
  /** The URL the sandbox listens on, once it does. */
  readonly url: string | undefined;
}

function loadState(core: SandboxCore, stateFile: string, wall: () => number): void {
  const saved = readStateFile(stateFile);
  if (saved) {
    try {
      restore(core, saved, wall());
    } catch (error) {
      throw new StateFileError(stateFile, `is corrupt (${(error as Error).message})`);
    }
  } else {
    core.seed();
  }
  core.onChange = () => {
    try {
      writeStateFile(stateFile, capture(core, wall()));
    } catch (error) {
      core.logger.warn(`could not save the sandbox state to ${stateFile}: ${(error as Error).message}`);
    }
  };
  if (!saved) writeStateFile(stateFile, capture(core, wall()));
  // A realtime clock may have passed activations and expiries while no process ran.
  core.clock.sync();
}

/** Creates a sandbox: the seed, or the state file's content when there is one. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const core = new SandboxCore(options);
  if (options.stateFile !== undefined) loadState(core, options.stateFile, options.clock?.wallClock ?? Date.now);
  else core.seed();
  const control = new ControlService(core);
  const app = createApp(core, control);
  let server: ServedApp | undefined;

  const fetch: SandboxFetch = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const response = await app.fetch(request);
    if (isConnectionReset(response)) throw connectionResetError();
    return response;
  };

  return {
    fetch,
    async listen(port = 0, host = "127.0.0.1") {
      if (server) throw new Error(`the sandbox already listens on ${core.listeningUrl}`);
      const loopback = isLoopback(host);
      if (!loopback) checkAdminToken(core.adminToken);
      core.exposed = !loopback;
      core.auth.devTokenAllowed = loopback;
      // Loaded here, not at import: in-process use never needs node:http and its adapter.
      const { serveApp } = await import("./http/node-server.js");
      server = await serveApp(app, port, host, options.serverTimeouts);
      core.listeningUrl = server.url;
      const dev = loopback && core.devToken !== false ? `; development token: ${core.devToken}` : "";
      core.logger.info(`QoD sandbox listening on ${server.url}${dev}`);
      return server.url;
    },
    async close() {
      core.clock.close();
      core.notifier.close();
      if (server) await server.close();
      server = undefined;
      core.flush();
    },
    clock: {
      now: () => core.clock.now(),
      advance: (seconds) => {
        const now = core.clock.advance(seconds);
        core.markChanged();
        core.flush();
        return now;
      },
      get realtime() {
        return core.clock.realtime;
      },
    },
    state: {
      snapshot: () => control.state(),
      session: (id) => {
        const session = core.sessions.get(id);
        return session && { ...toSessionInfo(session), clientId: session.clientId, deviceId: session.deviceId };
      },
      get sessionCount() {
        return core.sessions.size;
      },
    },
    control,
    notifications: {
      idle: () => core.notifier.idle(),
      history: () => core.notifier.history(),
    },
    get devToken() {
      return core.devToken !== false && core.auth.devTokenAllowed ? core.devToken : undefined;
    },
    get url() {
      return core.listeningUrl;
    },
  };
}
