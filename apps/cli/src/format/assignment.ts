import type { Assignment } from "@qod/sdk";
import type { Io } from "../io.js";
import { describeDevice } from "./session.js";
import { paintStatus } from "./status.js";
import { renderDetails } from "./table.js";
import { formatBoth } from "./time.js";

/** One assignment as aligned `label  value` lines. */
export function renderAssignment(io: Io, assignment: Assignment): string {
  const c = io.colors;
  const pairs: [string, string][] = [
    ["ID", assignment.id],
    ["Status", paintStatus(c, assignment.status, assignment.statusInfo)],
    ["Profile", assignment.profile],
    ["Device", describeDevice(assignment.device?.toIdentifiers())],
  ];
  if (assignment.startedAt) pairs.push(["Started", formatBoth(assignment.startedAt)]);
  if (assignment.sink) pairs.push(["Sink", assignment.sink]);
  return renderDetails(
    pairs.filter(([, value]) => value !== ""),
    c.dim,
  );
}
