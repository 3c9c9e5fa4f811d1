// The QoS Provisioning requests an Assignment, a Device and `client.assignments` share.
import type { QosProvisioningSchemas } from "@qod/api-client";
import type { ClientContext } from "../client/context.js";
import { NotFoundError } from "../errors/api-error.js";
import * as operations from "../http/operations.js";
import type { CallOptions } from "../http/transport.js";
import { isAmbiguousFailure } from "./create-session.js";
import type { AssignmentInfo } from "./types.js";

type CreateBody = QosProvisioningSchemas["CreateAssignment"];

/** POST /retrieve-qos-assignment: the device's assignment, or undefined when it has none (404). */
export async function retrieveAssignment(
  context: ClientContext,
  device: CreateBody["device"],
  options: CallOptions | undefined,
): Promise<AssignmentInfo | undefined> {
  const request = context.provisioning.request("post", "/retrieve-qos-assignment", { body: { device } });
  try {
    return await context.transport.call(operations.retrieveAssignment, request, options);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * POST /qos-assignments, never blindly repeated. When the outcome is unknown the device's
 * assignment is read: if it is the one asked for, it is returned; otherwise the original error
 * is thrown.
 */
export async function createAssignmentOnce(
  context: ClientContext,
  body: CreateBody,
  options: CallOptions | undefined,
): Promise<AssignmentInfo> {
  try {
    const request = context.provisioning.request("post", "/qos-assignments", { body });
    return await context.transport.call(operations.createAssignment, request, options);
  } catch (error) {
    if (!isAmbiguousFailure(error) || options?.signal?.aborted) throw error;
    const found = await retrieveAssignment(context, body.device, options).catch(() => undefined);
    const matches =
      found !== undefined &&
      found.status !== "UNAVAILABLE" &&
      found.qosProfile === body.qosProfile &&
      found.sink === body.sink;
    if (matches) return found;
    throw error;
  }
}

/** GET /qos-assignments/{id}. */
export function getAssignment(
  context: ClientContext,
  assignmentId: string,
  options: CallOptions | undefined,
): Promise<AssignmentInfo> {
  const request = context.provisioning.request("get", "/qos-assignments/{assignmentId}", { path: { assignmentId } });
  return context.transport.call(operations.getAssignment, request, options);
}

/** DELETE /qos-assignments/{id}: undefined when revoked at once (204), the assignment when under way (202). */
export function revokeAssignment(
  context: ClientContext,
  assignmentId: string,
  options: CallOptions | undefined,
): Promise<AssignmentInfo | undefined> {
  const request = context.provisioning.request("delete", "/qos-assignments/{assignmentId}", {
    path: { assignmentId },
  });
  return context.transport.call(operations.revokeAssignment, request, options);
}
