import type { SandboxCore } from "../core.js";
import { identifyEligibleDevice } from "../domain/identification.js";
import type { Operation } from "../http/api-route.js";
import { callerOf } from "../http/qod-operations.js";
import { R4_DOCUMENTS, RequestValidators } from "../validation/request-validators.js";
import { assignmentInfo } from "./session-shapes.js";
import { checkSinkCredential } from "./sink-credential.js";

/** The four QoS Provisioning 0.4.0-rc.1 operations. */
export function provisioningOperations(core: SandboxCore) {
  const { assignments, devices } = core;
  const validators = RequestValidators.shared(R4_DOCUMENTS);
  const owned = (principal: Parameters<typeof callerOf>[0], rawId: string | undefined) =>
    assignments.owned(callerOf(principal), validators.assignmentId(rawId ?? ""));

  return {
    createQosAssignment: {
      scope: "qos-provisioning:qos-assignments:create",
      body: true,
      apiKey: false,
      writes: true,
      handle: ({ principal, body }) => {
        const request = validators.createAssignment(body);
        checkSinkCredential(core, request.sinkCredential);
        const device = identifyEligibleDevice(devices, principal, request.device);
        const assignment = assignments.create(callerOf(principal), device, request, device.bound);
        return { status: 201, body: assignmentInfo(assignment) };
      },
    },
    getQosAssignmentById: {
      scope: "qos-provisioning:qos-assignments:read",
      body: false,
      apiKey: false,
      writes: false,
      handle: ({ principal, params }) => ({ status: 200, body: assignmentInfo(owned(principal, params.assignmentId)) }),
    },
    revokeQosAssignment: {
      scope: "qos-provisioning:qos-assignments:delete",
      body: false,
      apiKey: false,
      writes: true,
      handle: ({ principal, params }) => {
        const assignment = owned(principal, params.assignmentId);
        const pending = assignments.delete(assignment);
        return pending ? { status: 202, body: assignmentInfo(assignment) } : { status: 204 };
      },
    },
    getQosAssignmentByDevice: {
      scope: "qos-provisioning:qos-assignments:read-by-device",
      body: true,
      apiKey: false,
      writes: false,
      handle: ({ principal, body }) => {
        const device = identifyEligibleDevice(devices, principal, validators.retrieveAssignment(body));
        return { status: 200, body: assignmentInfo(assignments.forDevice(callerOf(principal), device.record.id)) };
      },
    },
  } satisfies Record<string, Operation>;
}
