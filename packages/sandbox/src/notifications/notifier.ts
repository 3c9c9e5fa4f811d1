import { randomUUID } from "node:crypto";
import { rfc3339 } from "../domain/time.js";
import type { SinkCredential } from "../domain/types.js";
import type { SandboxLogger } from "../logger.js";
import type { SandboxClock, ScheduledTask } from "../scheduling/clock.js";
import type { PendingChanges } from "../storage/pending-changes.js";
import { headsBySession, type OutboxJob } from "./outbox.js";
import type { NotificationTransport } from "./transport.js";

/** What happened to one delivery attempt (kept for `GET /sandbox/v1/notifications`; no tokens). */
export interface DeliveryRecord {
  eventId: string;
  /** The session's id, or the assignment's when `subject` says so. */
  sessionId: string;
  subject?: "assignment";
  /** The sink the event was sent to. */
  sink: string;
  qosStatus: string;
  statusInfo?: string;
  attempt: number;
  /** Sandbox time of the attempt. */
  at: string;
  outcome: "delivered" | "retrying" | "failed" | "gone";
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** Why the connection failed, when it did. */
  error?: string;
}

export interface NotifierOptions {
  clock: SandboxClock;
  transport: NotificationTransport;
  /** Seconds of sandbox time before each retry; its length is the number of retries. */
  retryDelaysSeconds: readonly number[];
  /** Base of the events' `source`, e.g. the sandbox's URL. */
  baseUrl: () => string;
  logger: SandboxLogger;
  /** Whether this process sends notifications; when not, they wait in the outbox for one that does. */
  deliver: boolean;
  /** How long a claim on a job holds, in ms of real time (the transport's timeout plus a margin). */
  claimMs: number;
  wallClock: () => number;
  changes: PendingChanges;
  /** Runs `work` in a writing transaction on fresh state. */
  transact: (work: () => void) => void;
  /** Marks a job's subject (session or assignment) as having no sink any more: its sink answered 410. */
  sinkGone: (job: OutboxJob) => void;
}

/** What notifications are about: a session or an assignment, with its sink. */
export interface NotificationSubject {
  readonly id: string;
  readonly sink: string | undefined;
  readonly sinkCredential: SinkCredential | undefined;
  readonly sinkGone?: boolean;
}

/**
 * Delivers status notifications from the outbox: the oldest job of each session at a time, so
 * each sink sees its session's events in order; retries on 5xx, 429 and connection errors after
 * delays of sandbox time; stops for good on 410. A job is claimed in a transaction before it is
 * sent, so two processes on one state never send the same event.
 */
export class Notifier {
  #options: NotifierOptions;
  #jobs = new Map<string, OutboxJob>();
  #owner = randomUUID();
  #inFlight = 0;
  #waiters: (() => void)[] = [];
  #wake: ScheduledTask | undefined;
  #pumping = false;
  #closed = false;

  constructor(options: NotifierOptions) {
    this.#options = options;
  }

  /**
   * Queues an event about a subject for its sink (no-op without a sink); `event` builds it from
   * the base URL of its `source`. Assignments are marked so the 410 path finds them.
   */
  enqueue(
    subject: NotificationSubject,
    at: number,
    event: (baseUrl: string) => Record<string, unknown>,
    kind?: "assignment",
  ): void {
    if (subject.sink === undefined || subject.sinkGone || this.#closed) return;
    const built = event(this.#options.baseUrl());
    let ordinal = 0;
    for (const job of this.#jobs.values()) ordinal = Math.max(ordinal, job.ordinal);
    const credential = subject.sinkCredential;
    // A PRIVATE_KEY_JWT sink gets no Authorization: the sandbox has no key to sign with.
    const job: OutboxJob = {
      eventId: built.id as string,
      ordinal: ordinal + 1,
      sessionId: subject.id,
      ...(kind ? { subject: kind } : {}),
      sink: subject.sink,
      ...(credential?.credentialType === "ACCESSTOKEN" ? { token: credential.accessToken } : {}),
      event: built,
      attempt: 0,
      dueAt: at,
    };
    this.#put(job);
  }

  /** Replaces the cached outbox with the stored one. */
  load(jobs: readonly OutboxJob[]): void {
    this.#jobs = new Map(jobs.map((job) => [job.eventId, job]));
    this.#options.clock.cancel(this.#wake);
    this.#wake = undefined;
  }

  /** The stored form of one job; undefined once it is gone. */
  job(eventId: string): OutboxJob | undefined {
    return this.#jobs.get(eventId);
  }

  /** Every job waiting or in flight, in every process. */
  jobs(): OutboxJob[] {
    return [...this.#jobs.values()];
  }

  /** Jobs waiting or in flight, in every process. */
  get pending(): number {
    return this.#jobs.size;
  }

  /** Resolves when none of this process's deliveries is in flight (retries waiting for sandbox time do not count). */
  idle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Drops every queued notification (reset). */
  clear(): void {
    this.#jobs.clear();
    this.#options.clock.cancel(this.#wake);
    this.#wake = undefined;
  }

  close(): void {
    this.#closed = true;
    this.#options.clock.cancel(this.#wake);
    this.#options.transport.close();
    this.#release();
  }

  /** Claims the jobs that are due and sends them; called after every transaction. */
  pump(): void {
    if (!this.#options.deliver || this.#closed || this.#pumping) return;
    if (this.#claimable().length === 0) {
      this.#scheduleWake();
      return;
    }
    this.#pumping = true;
    const claimed: OutboxJob[] = [];
    try {
      this.#options.transact(() => {
        const until = this.#options.wallClock() + this.#options.claimMs;
        for (const job of this.#claimable()) {
          this.#put({ ...job, claimedBy: this.#owner, claimedUntil: until });
          claimed.push(job);
        }
      });
    } finally {
      this.#pumping = false;
    }
    for (const job of claimed) this.#send(job);
    this.#scheduleWake();
  }

  #claimable(): OutboxJob[] {
    const now = this.#options.clock.nowMs();
    const wall = this.#options.wallClock();
    return headsBySession(this.#jobs.values()).filter(
      (job) => job.dueAt <= now && (job.claimedUntil === undefined || job.claimedUntil < wall),
    );
  }

  // Retries wait for sandbox time: an event on the clock at the earliest one makes the next
  // transaction (an advance, or the realtime timer) pump again.
  #scheduleWake(): void {
    const { clock } = this.#options;
    let earliest = Number.POSITIVE_INFINITY;
    for (const job of this.#jobs.values())
      if (job.claimedBy === undefined && job.dueAt > clock.nowMs()) earliest = Math.min(earliest, job.dueAt);
    if (this.#wake !== undefined && this.#wake.index >= 0 && this.#wake.at === earliest) return;
    clock.cancel(this.#wake);
    this.#wake = Number.isFinite(earliest) && this.#options.deliver ? clock.schedule(earliest, () => {}) : undefined;
  }

  #send(job: OutboxJob): void {
    this.#inFlight++;
    const headers: Record<string, string> = {
      "content-type": "application/cloudevents+json",
      "x-correlator": randomUUID(),
    };
    if (job.token !== undefined) headers.authorization = `Bearer ${job.token}`;
    this.#options.transport.post(job.sink, JSON.stringify(job.event), headers).then(
      (status) => this.#settle(job, status, undefined),
      (error: unknown) => this.#settle(job, undefined, error instanceof Error ? error.message : String(error)),
    );
  }

  #settle(sent: OutboxJob, status: number | undefined, error: string | undefined): void {
    try {
      if (!this.#closed) this.#options.transact(() => this.#record(sent, status, error));
    } catch (failure) {
      // The claim lapses and another attempt follows: a notification is sent at least once.
      this.#options.logger.warn(`could not record a notification attempt: ${(failure as Error).message}`);
    }
    this.#inFlight--;
    if (this.#inFlight === 0) this.#release();
    this.pump();
  }

  #record(sent: OutboxJob, status: number | undefined, error: string | undefined): void {
    const job = this.#jobs.get(sent.eventId);
    // Reset meanwhile, or the claim lapsed and another process owns the job now.
    if (!job || job.claimedBy !== this.#owner) return;
    const attempt = job.attempt + 1;
    const delays = this.#options.retryDelaysSeconds;
    const retryable = status === undefined || status === 429 || status >= 500;
    const outcome: DeliveryRecord["outcome"] =
      status !== undefined && status >= 200 && status < 300
        ? "delivered"
        : status === 410
          ? "gone"
          : retryable && attempt <= delays.length
            ? "retrying"
            : "failed";
    this.#log(job, attempt, outcome, status, error);
    if (outcome === "retrying") {
      const { claimedBy: _by, claimedUntil: _until, ...rest } = job;
      this.#put({ ...rest, attempt, dueAt: this.#options.clock.nowMs() + (delays[attempt - 1] ?? 1) * 1000 });
    } else if (outcome === "gone") {
      for (const other of [...this.#jobs.values()]) if (other.sessionId === job.sessionId) this.#remove(other);
      this.#options.sinkGone(job);
    } else this.#remove(job);
  }

  #put(job: OutboxJob): void {
    this.#jobs.set(job.eventId, job);
    this.#options.changes.outbox.add(job.eventId);
  }

  #remove(job: OutboxJob): void {
    this.#jobs.delete(job.eventId);
    this.#options.changes.outbox.add(job.eventId);
  }

  #release(): void {
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  #log(
    job: OutboxJob,
    attempt: number,
    outcome: DeliveryRecord["outcome"],
    status: number | undefined,
    error: string | undefined,
  ): void {
    // Sessions' events carry qosStatus, assignments' status.
    const data = job.event.data as { qosStatus?: string; status?: string; statusInfo?: string };
    const record: DeliveryRecord = {
      eventId: job.eventId,
      sessionId: job.sessionId,
      ...(job.subject ? { subject: job.subject } : {}),
      sink: job.sink,
      qosStatus: data.qosStatus ?? data.status ?? "",
      ...(data.statusInfo === undefined ? {} : { statusInfo: data.statusInfo }),
      attempt,
      at: rfc3339(this.#options.clock.nowMs()),
      outcome,
      ...(status === undefined ? {} : { status }),
      ...(error === undefined ? {} : { error }),
    };
    this.#options.changes.deliveries.push(record);
    if (outcome !== "delivered") {
      const what = status === undefined ? `connection failed (${error})` : `HTTP ${status}`;
      this.#options.logger.warn(
        `notification ${record.eventId} of session ${job.sessionId}, attempt ${attempt}: ${what}; ${outcome}`,
      );
    }
  }
}
