import { checkAdminToken } from "./auth/admin-token.js";
import type { StateSnapshot } from "./control/control-service.js";
import { ControlService } from "./control/control-service.js";
import { SandboxCore } from "./core.js";
import type { ChangeFeed } from "./events/change-feed.js";
import { ownedAssignment, ownedSession } from "./events/sandbox-reader.js";
import { createApp } from "./http/app.js";
import { connectionResetError, isConnectionReset } from "./http/connection-reset.js";
import { isLoopback } from "./http/loopback.js";
import type { ServedApp } from "./http/node-server.js";
import type { DeliveryRecord } from "./notifications/notifier.js";
import type { SandboxOptions } from "./options.js";

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
  /** One QoS assignment as AssignmentInfo plus its owner; undefined once it is gone. */
  assignment(id: string): (Record<string, unknown> & { clientId: string; deviceId: string }) | undefined;
  /** How many sessions exist (including UNAVAILABLE ones not yet removed). */
  readonly sessionCount: number;
}

export interface Sandbox {
  /** Handles a request in-process. */
  readonly fetch: SandboxFetch;
  /** Serves the sandbox over HTTP; port 0 picks a free one. Resolves with the bound URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops serving, cancels timers and closes the state database (everything is already saved). */
  close(): Promise<void>;
  readonly clock: SandboxClockControl;
  readonly state: SandboxStateView;
  /** The control API's operations, for use without HTTP. */
  readonly control: ControlService;
  /** What each committed change touched, for live views (the dashboard's event stream). */
  readonly changes: Pick<ChangeFeed, "subscribe">;
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

/** Creates a sandbox: the seed, or the state database's content when there is one. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const core = new SandboxCore(options);
  const control = new ControlService(core, options.notifications?.historySize ?? 1000);
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
      core.watch();
      const dev = loopback && core.devToken !== false ? `; development token: ${core.devToken}` : "";
      core.logger.info(`QoD sandbox listening on ${server.url}${dev}`);
      return server.url;
    },
    async close() {
      if (server) await server.close();
      server = undefined;
      core.close();
    },
    clock: {
      now: () => core.transact(false, () => core.clock.now()),
      advance: (seconds) => control.advanceNow(seconds),
      get realtime() {
        return core.clock.realtime;
      },
    },
    state: {
      snapshot: () => control.state(),
      session: (id) => ownedSession(core, id),
      assignment: (id) => ownedAssignment(core, id),
      get sessionCount() {
        return core.transact(false, () => core.sessions.size);
      },
    },
    changes: core.feed,
    control,
    notifications: {
      idle: () => core.notifier.idle(),
      history: () => control.notifications(),
    },
    get devToken() {
      return core.devToken !== false && core.auth.devTokenAllowed ? core.devToken : undefined;
    },
    get url() {
      return core.listeningUrl;
    },
  };
}
