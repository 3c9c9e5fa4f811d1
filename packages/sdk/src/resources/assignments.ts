import type { ClientContext } from "../client/context.js";
import { Assignment } from "../domain/assignment.js";
import { getAssignment, revokeAssignment } from "../domain/assignment-calls.js";
import { Device } from "../domain/device.js";
import type { CallOptions } from "../http/transport.js";
import { assignmentIdSchema } from "../validation/leaf-schemas.js";
import { parseInput } from "../validation/parse.js";

/** `client.assignments`: QoS assignments (QoS Provisioning) by id. */
export class AssignmentsResource {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  /** Reads an assignment by id; a NotFoundError when there is none. */
  async get(id: string, options?: CallOptions): Promise<Assignment> {
    const assignmentId = parseInput(assignmentIdSchema, id, { path: "assignmentId" });
    const context = this.#context;
    const info = await getAssignment(context, assignmentId, options);
    return new Assignment(context, info, info.device && new Device(context, info.device));
  }

  /** Revokes an assignment by id without reading it first; a NotFoundError when there is none. */
  async revoke(id: string, options?: CallOptions): Promise<void> {
    await revokeAssignment(this.#context, parseInput(assignmentIdSchema, id, { path: "assignmentId" }), options);
  }
}
