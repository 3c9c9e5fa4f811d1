/**
 * A notification waiting to be delivered, kept in the database so that it survives the
 * process and is sent once, by whichever process claims it first.
 */
export interface OutboxJob {
  eventId: string;
  /** Order of enqueueing across all processes: a session's events go out in this order. */
  ordinal: number;
  /** The session's id, or the assignment's when `subject` says so (the column keeps its first name). */
  sessionId: string;
  subject?: "assignment";
  sink: string;
  /** The sink's own access token (from the session's sinkCredential), sent as a bearer token. */
  token?: string;
  event: Record<string, unknown>;
  /** Attempts made so far. */
  attempt: number;
  /** Sandbox time (ms) from which the next attempt may be made. */
  dueAt: number;
  /** The process sending it now, and until when (wall-clock ms) its claim holds. */
  claimedBy?: string;
  claimedUntil?: number;
}

/** The oldest job of each session: only those may be sent, so each sink sees its events in order. */
export function headsBySession(jobs: Iterable<OutboxJob>): OutboxJob[] {
  const heads = new Map<string, OutboxJob>();
  for (const job of jobs) {
    const head = heads.get(job.sessionId);
    if (!head || job.ordinal < head.ordinal) heads.set(job.sessionId, job);
  }
  return [...heads.values()];
}
