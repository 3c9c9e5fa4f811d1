import { act } from "../actions.js";
import { type Assignment, api } from "../api.js";
import { formatRemaining, formatTime } from "../duration.js";
import type { DashboardState } from "../state.js";
import { sandboxNow } from "../store.js";
import { TableHead } from "./fields.js";
import { deviceText, STATUS_ORDER, StatusCell, shortId } from "./owned.js";

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
      <button
        type="button"
        aria-label={`Terminate ${name}`}
        disabled={ended}
        onClick={() => act(`Terminated ${name}.`, () => api.POST("/assignments/{assignmentId}/terminate", path))}
      >
        Terminate
      </button>
      <button
        type="button"
        class="danger"
        aria-label={`Delete ${name}`}
        disabled={ended || assignment.statusInfo === "DELETE_REQUESTED"}
        onClick={() => act(`Deleted ${name}.`, () => api.DELETE("/assignments/{assignmentId}", path))}
      >
        Delete
      </button>
    </div>
  );
}

export function Assignments({ state }: { state: DashboardState }) {
  const assignments = [...state.assignments.values()].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.startedAt ?? "").localeCompare(b.startedAt ?? ""),
  );
  return (
    <section id="assignments" aria-labelledby="assignments-title" class="panel wide">
      <h2 id="assignments-title">
        QoS assignments <span class="count">{assignments.length}</span>
      </h2>
      {assignments.length === 0 ? (
        <p>No QoS assignments. Create one through the QoS Provisioning API: a profile on a device, with no end time.</p>
      ) : (
        <div class="scroll short">
          <table>
            <TableHead columns={["Assignment", "Device", "Profile", "Status", "Since", "Actions"]} />
            <tbody>
              {assignments.map((a) => (
                <tr key={a.assignmentId} data-assignment={a.assignmentId}>
                  <th scope="row">
                    <code title={a.assignmentId}>{shortId(a.assignmentId)}</code>
                  </th>
                  <td>{deviceText(a)}</td>
                  <td>{a.qosProfile}</td>
                  <StatusCell status={a.status} info={a.statusInfo} />
                  <td>
                    <Since assignment={a} />
                  </td>
                  <td>
                    <Actions assignment={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
