import { act } from "../actions.js";
import { api, type Session } from "../api.js";
import { formatRemaining } from "../duration.js";
import type { DashboardState } from "../state.js";
import { sandboxNow } from "../store.js";
import { TableHead } from "./fields.js";
import { deviceText, STATUS_ORDER, StatusCell, shortId } from "./owned.js";

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
      <button
        type="button"
        aria-label={`Extend ${name} by 10 minutes`}
        disabled={session.qosStatus !== "AVAILABLE"}
        onClick={() =>
          act(`Extended ${name}.`, () =>
            api.POST("/sessions/{sessionId}/extend", {
              ...path,
              body: { requestedAdditionalDuration: EXTEND_SECONDS },
            }),
          )
        }
      >
        Extend
      </button>
      <button
        type="button"
        aria-label={`Terminate ${name}`}
        disabled={session.qosStatus === "UNAVAILABLE"}
        onClick={() => act(`Terminated ${name}.`, () => api.POST("/sessions/{sessionId}/terminate", path))}
      >
        Terminate
      </button>
      <button
        type="button"
        class="danger"
        aria-label={`Delete ${name}`}
        onClick={() => act(`Deleted ${name}.`, () => api.DELETE("/sessions/{sessionId}", path))}
      >
        Delete
      </button>
    </div>
  );
}

export function Sessions({ state }: { state: DashboardState }) {
  const sessions = [...state.sessions.values()].sort(
    (a, b) =>
      STATUS_ORDER[a.qosStatus] - STATUS_ORDER[b.qosStatus] || (a.expiresAt ?? "").localeCompare(b.expiresAt ?? ""),
  );
  return (
    <section id="sessions" aria-labelledby="sessions-title" class="panel wide">
      <h2 id="sessions-title">
        Sessions <span class="count">{sessions.length}</span>
      </h2>
      {sessions.length === 0 ? (
        <p>No sessions. Create one through the QoD API.</p>
      ) : (
        <div class="scroll">
          <table>
            <TableHead columns={["Session", "Device", "Profile", "Flow", "Status", "Remaining", "Actions"]} />
            <tbody>
              {sessions.map((s) => (
                <tr key={s.sessionId} data-session={s.sessionId}>
                  <th scope="row">
                    <code title={s.sessionId}>{shortId(s.sessionId)}</code>
                  </th>
                  <td>{deviceText(s)}</td>
                  <td>{s.qosProfile}</td>
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
