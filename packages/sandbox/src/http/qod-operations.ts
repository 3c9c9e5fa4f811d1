import { sessionInfo } from "../api/session-shapes.js";
import { checkSinkCredential } from "../api/sink-credential.js";
import type { QodVersion } from "../api/versions.js";
import type { Principal } from "../auth/authenticator.js";
import type { SandboxCore } from "../core.js";
import { identifyEligibleDevice } from "../domain/identification.js";
import type { Caller } from "../domain/sessions.js";
import { RequestValidators } from "../validation/request-validators.js";
import type { Operation } from "./api-route.js";

export function callerOf(principal: Principal): Caller {
  return { clientId: principal.clientId, boundDeviceId: principal.boundDeviceId };
}

/** The five Quality on Demand operations, as one version reads and answers them. */
export function qodOperations(core: SandboxCore, version: QodVersion) {
  const { sessions, devices } = core;
  const validators = RequestValidators.shared(version.documents);
  const read = (body: unknown) => (version.dialect ? version.dialect(body) : body);
  const info = (session: Parameters<typeof sessionInfo>[0]) => sessionInfo(session, version.shape);
  const owned = (principal: Principal, rawId: string | undefined) =>
    sessions.owned(callerOf(principal), validators.sessionId(rawId ?? ""));

  return {
    createSession: {
      scope: "quality-on-demand:sessions:create",
      body: true,
      writes: true,
      handle: ({ principal, body }) => {
        const request = validators.createSession(read(body));
        checkSinkCredential(core, request.sinkCredential);
        const device = identifyEligibleDevice(devices, principal, request.device);
        const session = sessions.create(callerOf(principal), device, request, device.bound);
        return { status: 201, body: info(session) };
      },
    },
    getSession: {
      scope: "quality-on-demand:sessions:read",
      body: false,
      writes: false,
      handle: ({ principal, params }) => ({ status: 200, body: info(owned(principal, params.sessionId)) }),
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
        const seconds = validators.extend(read(body));
        const session = sessions.owned(callerOf(principal), id);
        return { status: 200, body: info(sessions.extend(session, seconds)) };
      },
    },
    retrieveSessionsByDevice: {
      scope: "quality-on-demand:sessions:retrieve-by-device",
      body: true,
      writes: false,
      handle: ({ principal, body }) => {
        const device = identifyEligibleDevice(devices, principal, validators.retrieveSessions(read(body)));
        const listed = sessions.forDevice(callerOf(principal), device.record.id).slice(0, version.maxListed);
        return { status: 200, body: listed.map(info) };
      },
    },
  } satisfies Record<string, Operation>;
}
