import type { Context } from "hono";
import type { Principal } from "../auth/authenticator.js";
import type { Scope } from "../auth/scopes.js";
import type { ActiveFault } from "../control/faults.js";
import type { SandboxCore } from "../core.js";
import { ApiError, errors } from "../domain/api-error.js";
import { StateBusyError } from "../storage/transaction-runner.js";
import { resetConnection } from "./connection-reset.js";
import { headerReader } from "./header-reader.js";
import { readJson } from "./read-body.js";
import { CORRELATOR, empty, errorResponse, json } from "./respond.js";

/** What an operation's handler gets. */
export interface ApiCall {
  readonly principal: Principal;
  readonly body: unknown;
  readonly params: Readonly<Record<string, string>>;
}

/** What an operation's handler returns: a status and a JSON body (none for 204). */
export interface ApiResult {
  readonly status: number;
  readonly body?: unknown;
}

export interface Operation {
  readonly scope: Scope;
  /** Whether the operation takes a JSON body. */
  readonly body: boolean;
  /** False when the API's contract has no `X-RapidAPI-Key` scheme (QoS Provisioning). @default true */
  readonly apiKey?: boolean;
  /** Whether the operation changes state (it then runs under the state's write lock). */
  readonly writes: boolean;
  readonly handle: (call: ApiCall) => ApiResult;
}

const FAULT_CODES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "CONFLICT",
  422: "SERVICE_NOT_APPLICABLE",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL",
  502: "BAD_GATEWAY",
  503: "UNAVAILABLE",
  504: "TIMEOUT",
};

function faultError(fault: ActiveFault & { status: number }): ApiError {
  const code = FAULT_CODES[fault.status] ?? (fault.status >= 500 ? "INTERNAL" : "INVALID_ARGUMENT");
  return new ApiError(fault.status, code, `Injected fault (HTTP ${fault.status}).`, fault.retryAfter);
}

/**
 * The pipeline of every QoD and QoS Profiles request: correlator, due events, injected faults,
 * authentication, rate limit, scope, body, then the operation. Errors become the contract's
 * `{status, code, message}` with the correlator echoed; nothing a client sends yields a 5xx.
 */
export function apiRoute(core: SandboxCore, operation: Operation) {
  return async (c: Context): Promise<Response> => {
    const request = c.req.raw;
    const header = headerReader(request, c.env);
    const correlatorHeader = header("x-correlator");
    const correlator = correlatorHeader !== null && CORRELATOR.test(correlatorHeader) ? correlatorHeader : undefined;
    try {
      if (correlatorHeader !== null && correlator === undefined)
        throw errors.invalidArgument("x-correlator: must match ^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$");
      const admit = (): Principal => {
        const principal = core.auth.authenticate(header);
        if (principal.apiKey && operation.apiKey === false) throw errors.unauthenticated();
        const wait = core.limiter.hit(principal.clientId);
        if (wait !== undefined) throw errors.tooManyRequests(wait);
        if (!principal.scopes.has(operation.scope))
          throw errors.permissionDenied(`The access token lacks the scope ${operation.scope}.`);
        return principal;
      };
      // A matching fault comes before authentication; one that only delays lets the request go on.
      const gate = core.transact(false, () => {
        if (core.faults.size > 0) {
          core.requireWrite();
          const fault = core.faults.take(request.method, c.req.path);
          if (fault) return { fault, principal: undefined };
        }
        return { fault: undefined, principal: admit() };
      });
      if (gate.fault) {
        const { fault } = gate;
        if (fault.latencyMs) await core.sleep(fault.latencyMs);
        if (fault.reset) return resetConnection(c.env);
        if (fault.status !== undefined) throw faultError(fault as ActiveFault & { status: number });
      }
      const principal = gate.principal ?? core.transact(false, admit);
      const body = operation.body ? await readJson(request, header, core.maxBodyBytes) : undefined;
      const params = c.req.param() as Record<string, string>;
      const result = core.transact(operation.writes, () => operation.handle({ principal, body, params }));
      return result.body === undefined
        ? empty(result.status, correlator)
        : json(result.status, result.body, correlator);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, correlator);
      if (error instanceof StateBusyError) return errorResponse(errors.stateBusy(), correlator);
      core.logger.warn(
        `unexpected error in ${request.method} ${c.req.path}: ${(error as Error).stack ?? String(error)}`,
      );
      return errorResponse(new ApiError(500, "INTERNAL", "Internal server error."), correlator);
    }
  };
}
