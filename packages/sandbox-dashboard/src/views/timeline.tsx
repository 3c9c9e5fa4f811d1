import type { SessionEvent } from "../api.js";
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
  assignment: boolean;
  from: number;
  to: number;
  marks: { at: number; kind: SessionEvent["kind"] }[];
}

/** Where a session or assignment is now: its start, and where its bar ends while it is live. */
interface Span {
  id: string;
  assignment: boolean;
  start: number;
  end: number;
  ended: boolean;
}

function spans(state: DashboardState, now: number): Span[] {
  const at = (time: string | undefined) => (time === undefined ? now : Date.parse(time));
  return [
    ...[...state.sessions.values()].map((s) => ({
      id: s.sessionId,
      assignment: false,
      start: at(s.startedAt),
      end: at(s.expiresAt),
      ended: s.qosStatus === "UNAVAILABLE",
    })),
    // An assignment has no end time: a live one's bar runs to now.
    ...[...state.assignments.values()].map((a) => ({
      id: a.assignmentId,
      assignment: true,
      start: at(a.startedAt),
      end: now,
      ended: a.status === "UNAVAILABLE",
    })),
  ];
}

/** One row per recent session or assignment: its span over sandbox time and the marks of its timeline entries. */
function rows(state: DashboardState, now: number): Row[] {
  const byId = new Map<string, Row>();
  const rowOf = (id: string, assignment: boolean, at: number) => {
    const key = `${assignment ? "a" : "s"}${id}`;
    let row = byId.get(key);
    if (!row) {
      row = { id, assignment, from: at, to: at, marks: [] };
      byId.set(key, row);
    }
    return row;
  };
  for (const event of state.sessionEvents) {
    const at = Date.parse(event.at);
    const row = rowOf(event.sessionId, event.subject === "assignment", at);
    row.to = Math.max(row.to, at);
    row.marks.push({ at, kind: event.kind });
  }
  for (const span of spans(state, now)) {
    const row = rowOf(span.id, span.assignment, span.start);
    row.from = Math.min(row.from, span.start);
    // A live bar runs to its end; an ended one's stops where it ended.
    row.to = Math.max(row.to, span.ended ? Math.min(span.end, row.to) : span.end);
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
  const shown = rows(state, now);
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
        expired; QoS assignments have green bars and labels starting with ◇; the dashed line is now.
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" class="timeline">
        <title>Sessions and QoS assignments over sandbox time: one bar each, with its timeline entries as marks</title>
        {shown.map((row, i) => {
          const y = (i + 1) * ROW_HEIGHT;
          return (
            <g key={`${row.assignment}${row.id}`} class={row.assignment ? "assignment" : undefined}>
              <text x={0} y={y + 4} class="axis">
                {row.assignment ? "◇" : ""}
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
              <time>{formatTime(Date.parse(event.at))}</time>{" "}
              {event.subject === "assignment" ? <span class="subject">assignment</span> : null}{" "}
              <code>{event.sessionId.slice(0, 8)}</code> <span class={`kind ${event.kind}`}>{event.kind}</span>
              {event.duration === undefined ? null : <span class="hint"> ({event.duration} s)</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
