import type { Principal } from "../auth/authenticator.js";
import type { SandboxCore } from "../core.js";
import { identifyEligibleDevice } from "../domain/identification.js";
import { type Caller, toSessionInfo } from "../domain/sessions.js";
import type { Operation } from "./api-route.js";

function callerOf(principal: Principal): Caller {
  return { clientId: principal.clientId, boundDeviceId: principal.boundDeviceId };
}

/** The five Quality on Demand operations. */
export function qodOperations(core: SandboxCore) {
  const { validators, sessions, devices } = core;
  const owned = (principal: Principal, rawId: string | undefined) =>
    sessions.owned(callerOf(principal), validators.sessionId(rawId ?? ""));

  return {
    createSession: {
      scope: "quality-on-demand:sessions:create",
      body: true,
      writes: true,
      handle: ({ principal, body }) => {
        const request = validators.createSession(body);
        const device = identifyEligibleDevice(devices, principal, request.device);
        const session = sessions.create(callerOf(principal), device, request, device.bound);
        return { status: 201, body: toSessionInfo(session) };
      },
    },
    getSession: {
      scope: "quality-on-demand:sessions:read",
      body: false,
      writes: false,
      handle: ({ principal, params }) => ({ status: 200, body: toSessionInfo(owned(principal, params.sessionId)) }),
    },
    deleteSession: {
      scope: "quality-on-demand:sessions:delete",
      body: false,
      writes: true,
      handle: ({ principal, params }) => {
        sessions.delete(owned(principal, params.sessionId));
        return { status: 204 };
      },
    },
    extendQosSessionDuration: {
      scope: "quality-on-demand:sessions:update",
      body: true,
      writes: true,
      handle: ({ principal, params, body }) => {
        const id = validators.sessionId(params.sessionId ?? "");
        const seconds = validators.extend(body);
        const session = sessions.owned(callerOf(principal), id);
        return { status: 200, body: toSessionInfo(sessions.extend(session, seconds)) };
      },
    },
    retrieveSessionsByDevice: {
      scope: "quality-on-demand:sessions:retrieve-by-device",
      body: true,
      writes: false,
      handle: ({ principal, body }) => {
        const device = identifyEligibleDevice(devices, principal, validators.retrieveSessions(body));
        return { status: 200, body: sessions.forDevice(callerOf(principal), device.record.id).map(toSessionInfo) };
      },
    },
  } satisfies Record<string, Operation>;
}
