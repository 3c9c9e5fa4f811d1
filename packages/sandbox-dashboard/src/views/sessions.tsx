import { api, type Session } from "../api.js";
import { formatRemaining } from "../duration.js";
import type { DashboardState } from "../state.js";
import { sandboxNow } from "../store.js";
import { ActionButton, RecordCells, RecordsPanel, STATUS_ORDER, StatusCell, shortId } from "./owned.js";

const EXTEND_SECONDS = 600;

function portsText(ports: unknown): string {
  const p = ports as { ports?: number[]; ranges?: { from: number; to: number }[] } | undefined;
  if (!p) return "";
  return [...(p.ports ?? []).map(String), ...(p.ranges ?? []).map((r) => `${r.from}-${r.to}`)].join(",");
}

function flowText(session: Session): string {
  const server = session.applicationServer;
  const address = [server.ipv4Address, server.ipv6Address].filter(Boolean).join(", ");
  const ports = portsText(session.applicationServerPorts);
  return ports ? `${address} :${ports}` : address;
}

function Remaining({ session }: { session: Session }) {
  if (session.qosStatus === "REQUESTED") return <span>activating</span>;
  if (session.qosStatus === "UNAVAILABLE" || session.expiresAt === undefined) return <span>ended</span>;
  const ms = Date.parse(session.expiresAt) - sandboxNow.value;
  return (
    <time class="countdown" data-testid="countdown">
      {formatRemaining(ms)}
    </time>
  );
}

function Actions({ session }: { session: Session }) {
  const id = session.sessionId;
  const path = { params: { path: { sessionId: id } } };
  const name = `session ${shortId(id)}`;
  return (
    <div class="actions">
      <ActionButton
        text="Extend"
        label={`Extend ${name} by 10 minutes`}
        done={`Extended ${name}.`}
        disabled={session.qosStatus !== "AVAILABLE"}
        call={() =>
          api.POST("/sessions/{sessionId}/extend", { ...path, body: { requestedAdditionalDuration: EXTEND_SECONDS } })
        }
      />
      <ActionButton
        text="Terminate"
        label={`Terminate ${name}`}
        done={`Terminated ${name}.`}
        disabled={session.qosStatus === "UNAVAILABLE"}
        call={() => api.POST("/sessions/{sessionId}/terminate", path)}
      />
      <ActionButton
        text="Delete"
        label={`Delete ${name}`}
        done={`Deleted ${name}.`}
        danger
        call={() => api.DELETE("/sessions/{sessionId}", path)}
      />
    </div>
  );
}

export function Sessions({ state }: { state: DashboardState }) {
  const sessions = [...state.sessions.values()].sort(
    (a, b) =>
      STATUS_ORDER[a.qosStatus] - STATUS_ORDER[b.qosStatus] || (a.expiresAt ?? "").localeCompare(b.expiresAt ?? ""),
  );
  return (
    <RecordsPanel
      id="sessions"
      title="Sessions"
      count={sessions.length}
      empty="No sessions. Create one through the QoD API."
      scroll="scroll"
      columns={["Session", "Device", "Profile", "Flow", "Status", "Remaining", "Actions"]}
    >
      {sessions.map((s) => (
        <tr key={s.sessionId} data-session={s.sessionId}>
          <RecordCells id={s.sessionId} record={s} profile={s.qosProfile} />
          <td>{flowText(s)}</td>
          <StatusCell status={s.qosStatus} info={s.statusInfo} />
          <td>
            <Remaining session={s} />
          </td>
          <td>
            <Actions session={s} />
          </td>
        </tr>
      ))}
    </RecordsPanel>
  );
}
