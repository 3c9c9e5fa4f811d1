import type { Delivery } from "../api.js";
import { formatTime } from "../duration.js";
import type { DashboardState } from "../state.js";
import { TableHead } from "./fields.js";

const SHOWN = 100;

function answer(d: Delivery): string {
  if (d.status !== undefined) return `HTTP ${d.status}`;
  return d.error === undefined ? "" : `no answer: ${d.error}`;
}

export function Deliveries({ state }: { state: DashboardState }) {
  const shown = state.deliveries.slice(-SHOWN).reverse();
  return (
    <section id="notifications" aria-labelledby="notifications-title" class="panel wide">
      <h2 id="notifications-title">
        Notifications <span class="count">{state.deliveries.length}</span>
      </h2>
      {shown.length === 0 ? (
        <p>No notification was sent yet. Sessions with a sink get one on each status change.</p>
      ) : (
        <div class="scroll short">
          <table data-testid="deliveries">
            <TableHead columns={["Sandbox time", "Session", "Event", "Sink", "Attempt", "Outcome", "Answer"]} />
            <tbody>
              {shown.map((d) => (
                <tr key={`${d.eventId}-${d.attempt}`}>
                  <td>{formatTime(Date.parse(d.at))}</td>
                  <td>
                    <code title={d.sessionId}>{d.sessionId.slice(0, 8)}</code>
                  </td>
                  <td>
                    {d.qosStatus}
                    {d.statusInfo ? ` ${d.statusInfo}` : ""}
                  </td>
                  <td>{d.sink ?? ""}</td>
                  <td>{d.attempt}</td>
                  <td>
                    <span class={`outcome ${d.outcome}`}>{d.outcome}</span>
                  </td>
                  <td>{answer(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
