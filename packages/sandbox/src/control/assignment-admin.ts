import { assignmentInfo } from "../api/session-shapes.js";
import type { SandboxCore } from "../core.js";
import { errors } from "../domain/api-error.js";
import { R4_DOCUMENTS, RequestValidators } from "../validation/request-validators.js";

// Revoke as the QoS Provisioning API does it, for any API client's assignment: the control API
// (and the dashboard on it) acts as the network's operator, not as one client.

/** `DELETE /sandbox/v1/assignments/{id}`: 202 with the assignment while its removal is pending, else 204. */
export function deleteAnyAssignment(core: SandboxCore, rawId: string): { status: 202 | 204; body?: unknown } {
  const id = RequestValidators.shared(R4_DOCUMENTS).assignmentId(rawId);
  return core.transact(true, () => {
    const assignment = core.assignments.get(id);
    if (!assignment) throw errors.notFound(`The QoS assignment ${id} is not found.`);
    return core.assignments.delete(assignment) ? { status: 202, body: assignmentInfo(assignment) } : { status: 204 };
  });
}
