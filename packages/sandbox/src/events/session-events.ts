/** How many timeline marks the state keeps. */
export const SESSION_EVENT_HISTORY = 10_000;

/** What happened to a session or QoS assignment, as the timeline shows it. */
export type SessionEventKind = "created" | "activated" | "extended" | "terminated" | "expired" | "deleted" | "removed";

/** One mark on a session's (or assignment's) timeline; `at` is sandbox time (RFC 3339). */
export interface SessionEvent {
  /** The session's id, or the assignment's when `subject` says so. */
  sessionId: string;
  subject?: "assignment";
  deviceId: string;
  clientId: string;
  at: string;
  kind: SessionEventKind;
  /** The session's duration in seconds after the event (created, extended). */
  duration?: number;
}
