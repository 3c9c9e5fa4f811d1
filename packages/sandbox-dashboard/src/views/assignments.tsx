import { type Assignment, api } from "../api.js";
import { formatRemaining, formatTime } from "../duration.js";
import type { DashboardState } from "../state.js";
import { sandboxNow } from "../store.js";
import { ActionButton, RecordCells, RecordsPanel, STATUS_ORDER, StatusCell, shortId } from "./owned.js";

/** When the profile took effect on the sandbox clock, and for how long it has held since. */
function Since({ assignment }: { assignment: Assignment }) {
  if (assignment.startedAt === undefined)
    return <span>{assignment.status === "REQUESTED" ? "activating" : "never active"}</span>;
  const started = Date.parse(assignment.startedAt);
  return (
    <span>
      <time data-testid="since">{formatTime(started)}</time>
      {assignment.status === "AVAILABLE" ? (
        <span class="hint"> (for {formatRemaining(sandboxNow.value - started)})</span>
      ) : null}
    </span>
  );
}

function Actions({ assignment }: { assignment: Assignment }) {
  const path = { params: { path: { assignmentId: assignment.assignmentId } } };
  const name = `assignment ${shortId(assignment.assignmentId)}`;
  const ended = assignment.status === "UNAVAILABLE";
  return (
    <div class="actions">
      <ActionButton
        text="Terminate"
        label={`Terminate ${name}`}
        done={`Terminated ${name}.`}
        disabled={ended}
        call={() => api.POST("/assignments/{assignmentId}/terminate", path)}
      />
      <ActionButton
        text="Delete"
        label={`Delete ${name}`}
        done={`Deleted ${name}.`}
        disabled={ended || assignment.statusInfo === "DELETE_REQUESTED"}
        danger
        call={() => api.DELETE("/assignments/{assignmentId}", path)}
      />
    </div>
  );
}

export function Assignments({ state }: { state: DashboardState }) {
  const assignments = [...state.assignments.values()].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.startedAt ?? "").localeCompare(b.startedAt ?? ""),
  );
  return (
    <RecordsPanel
      id="assignments"
      title="QoS assignments"
      count={assignments.length}
      empty="No QoS assignments. Create one through the QoS Provisioning API: a profile on a device, with no end time."
      scroll="scroll short"
      columns={["Assignment", "Device", "Profile", "Status", "Since", "Actions"]}
    >
      {assignments.map((a) => (
        <tr key={a.assignmentId} data-assignment={a.assignmentId}>
          <RecordCells id={a.assignmentId} record={a} profile={a.qosProfile} />
          <StatusCell status={a.status} info={a.statusInfo} />
          <td>
            <Since assignment={a} />
          </td>
          <td>
            <Actions assignment={a} />
          </td>
        </tr>
      ))}
    </RecordsPanel>
  );
}
