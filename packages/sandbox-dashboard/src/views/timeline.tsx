import type { Session, SessionEvent } from "../api.js";
import { formatTime } from "../duration.js";
import type { DashboardState } from "../state.js";
import { sandboxNow } from "../store.js";

const ROWS = 30;
const LISTED = 50;
const WIDTH = 900;
const ROW_HEIGHT = 18;
const LABEL_WIDTH = 80;

interface Row {
  id: string;
  from: number;
  to: number;
  marks: { at: number; kind: SessionEvent["kind"] }[];
}

/** One row per recent session: its span over sandbox time and the marks of its timeline entries. */
function rows(sessions: ReadonlyMap<string, Session>, events: SessionEvent[], now: number): Row[] {
  const byId = new Map<string, Row>();
  for (const event of events) {
    const at = Date.parse(event.at);
    let row = byId.get(event.sessionId);
    if (!row) {
      row = { id: event.sessionId, from: at, to: at, marks: [] };
      byId.set(event.sessionId, row);
    }
    row.to = Math.max(row.to, at);
    row.marks.push({ at, kind: event.kind });
  }
  for (const session of sessions.values()) {
    const start = session.startedAt === undefined ? now : Date.parse(session.startedAt);
    const end = session.expiresAt === undefined ? now : Date.parse(session.expiresAt);
    const row = byId.get(session.sessionId) ?? { id: session.sessionId, from: start, to: start, marks: [] };
    row.from = Math.min(row.from, start);
    // A live session's bar runs to its expiry; an ended one's stops where it ended.
    row.to = Math.max(row.to, session.qosStatus === "UNAVAILABLE" ? Math.min(end, row.to) : end);
    byId.set(session.sessionId, row);
  }
  return [...byId.values()].sort((a, b) => b.to - a.to).slice(0, ROWS);
}

const MARK_SHAPES: Record<SessionEvent["kind"], string> = {
  created: "○",
  activated: "●",
  extended: "◆",
  terminated: "✕",
  expired: "■",
  deleted: "✕",
  removed: "·",
};

export function Timeline({ state }: { state: DashboardState }) {
  const now = sandboxNow.value;
  const shown = rows(state.sessions, state.sessionEvents, now);
  const start = Math.min(now, ...shown.map((r) => r.from));
  const end = Math.max(now, ...shown.map((r) => r.to));
  const span = Math.max(1, end - start);
  const x = (at: number) => LABEL_WIDTH + ((at - start) / span) * (WIDTH - LABEL_WIDTH - 10);
  const height = (shown.length + 1) * ROW_HEIGHT + 10;
  const recent = state.sessionEvents.slice(-LISTED).reverse();
  return (
    <section id="timeline" aria-labelledby="timeline-title" class="panel wide">
      <h2 id="timeline-title">Timeline</h2>
      <p class="hint">
        {formatTime(start)} to {formatTime(end)}. Marks: ○ created, ● activated, ◆ extended, ✕ terminated or deleted, ■
        expired; the dashed line is now.
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" class="timeline">
        <title>Sessions over sandbox time: one bar per session, with its timeline entries as marks</title>
        {shown.map((row, i) => {
          const y = (i + 1) * ROW_HEIGHT;
          return (
            <g key={row.id}>
              <text x={0} y={y + 4} class="axis">
                {row.id.slice(0, 8)}
              </text>
              <line x1={x(row.from)} x2={x(row.to)} y1={y} y2={y} class="bar" />
              {row.marks.map((mark) => (
                <text key={`${mark.kind}${mark.at}`} x={x(mark.at)} y={y + 5} class={`mark ${mark.kind}`}>
                  {MARK_SHAPES[mark.kind]}
                </text>
              ))}
            </g>
          );
        })}
        <line x1={x(now)} x2={x(now)} y1={0} y2={height} class="now-line" />
      </svg>
      <h3>Latest entries</h3>
      {recent.length === 0 ? (
        <p>Nothing happened yet.</p>
      ) : (
        <ol class="entries" data-testid="timeline-entries">
          {recent.map((event) => (
            <li key={`${event.sessionId}${event.kind}${event.at}`}>
              <time>{formatTime(Date.parse(event.at))}</time> <code>{event.sessionId.slice(0, 8)}</code>{" "}
              <span class={`kind ${event.kind}`}>{event.kind}</span>
              {event.duration === undefined ? null : <span class="hint"> ({event.duration} s)</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
