import { randomUUID } from "node:crypto";
import { rfc3339 } from "../domain/time.js";
import type { SessionRecord } from "../domain/types.js";
import type { SandboxLogger } from "../logger.js";
import type { SandboxClock, ScheduledTask } from "../scheduling/clock.js";
import { statusChangedEvent } from "./cloud-event.js";
import type { NotificationTransport } from "./transport.js";

/** What happened to one delivery attempt (kept for `GET /sandbox/v1/notifications`; no tokens). */
export interface DeliveryRecord {
  eventId: string;
  sessionId: string;
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
  /** How many delivery records to keep. */
  historySize: number;
}

interface Job {
  readonly sessionId: string;
  readonly sink: string;
  readonly token: string | undefined;
  readonly event: Record<string, unknown>;
  attempt: number;
}

interface SessionQueue {
  readonly sessionId: string;
  jobs: Job[];
  busy: boolean;
  retry: ScheduledTask | undefined;
}

/**
 * Delivers status notifications: one queue per session, so each sink sees its session's
 * events in order; retries on 5xx, 429 and connection errors after delays of sandbox time;
 * stops for good on 410.
 */
export class Notifier {
  #options: NotifierOptions;
  #queues = new Map<string, SessionQueue>();
  #gone = new Set<string>();
  #inFlight = 0;
  #waiters: (() => void)[] = [];
  #history: DeliveryRecord[] = [];
  #closed = false;

  constructor(options: NotifierOptions) {
    this.#options = options;
  }

  /** Queues the session's current status for its sink (no-op without a sink). */
  enqueue(session: SessionRecord, at: number): void {
    if (session.sink === undefined || this.#gone.has(session.id) || this.#closed) return;
    const event = statusChangedEvent(session, at, this.#options.baseUrl());
    let queue = this.#queues.get(session.id);
    if (!queue) {
      queue = { sessionId: session.id, jobs: [], busy: false, retry: undefined };
      this.#queues.set(session.id, queue);
    }
    queue.jobs.push({
      sessionId: session.id,
      sink: session.sink,
      token: session.sinkCredential?.accessToken,
      event,
      attempt: 0,
    });
    this.#pump(queue);
  }

  /** Resolves when no delivery is in flight (retries waiting for sandbox time do not count). */
  idle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Recent delivery attempts, oldest first. */
  history(): DeliveryRecord[] {
    return [...this.#history];
  }

  /** Drops every queued notification and pending retry (reset). */
  clear(): void {
    for (const queue of this.#queues.values()) {
      this.#options.clock.cancel(queue.retry);
      queue.jobs.length = 0;
    }
    this.#queues.clear();
    this.#gone.clear();
    this.#history = [];
  }

  close(): void {
    this.#closed = true;
    this.clear();
    this.#options.transport.close();
  }

  #pump(queue: SessionQueue): void {
    const job = queue.jobs[0];
    if (!job || queue.busy || queue.retry || this.#closed) {
      if (!job && !queue.busy) this.#queues.delete(queue.sessionId);
      return;
    }
    queue.busy = true;
    this.#inFlight++;
    job.attempt++;
    const headers: Record<string, string> = {
      "content-type": "application/cloudevents+json",
      "x-correlator": randomUUID(),
    };
    if (job.token !== undefined) headers.authorization = `Bearer ${job.token}`;
    this.#options.transport.post(job.sink, JSON.stringify(job.event), headers).then(
      (status) => this.#settle(queue, job, status, undefined),
      (error: unknown) => this.#settle(queue, job, undefined, error instanceof Error ? error.message : String(error)),
    );
  }

  #settle(queue: SessionQueue, job: Job, status: number | undefined, error: string | undefined): void {
    queue.busy = false;
    const retryable = status === undefined || status === 429 || status >= 500;
    const delays = this.#options.retryDelaysSeconds;
    const outcome: DeliveryRecord["outcome"] =
      status !== undefined && status >= 200 && status < 300
        ? "delivered"
        : status === 410
          ? "gone"
          : retryable && job.attempt <= delays.length
            ? "retrying"
            : "failed";
    this.#record(job, outcome, status, error);
    if (outcome === "gone") {
      this.#gone.add(job.sessionId);
      queue.jobs.length = 0;
    } else if (outcome === "retrying") {
      const delay = (delays[job.attempt - 1] ?? 1) * 1000;
      queue.retry = this.#options.clock.schedule(this.#options.clock.nowMs() + delay, () => {
        queue.retry = undefined;
        this.#pump(queue);
      });
    } else {
      queue.jobs.shift();
    }
    if (!this.#closed) this.#pump(queue);
    this.#inFlight--;
    if (this.#inFlight === 0) for (const resolve of this.#waiters.splice(0)) resolve();
  }

  #record(job: Job, outcome: DeliveryRecord["outcome"], status: number | undefined, error: string | undefined): void {
    const data = job.event.data as { qosStatus: string; statusInfo?: string };
    const record: DeliveryRecord = {
      eventId: job.event.id as string,
      sessionId: job.sessionId,
      qosStatus: data.qosStatus,
      ...(data.statusInfo === undefined ? {} : { statusInfo: data.statusInfo }),
      attempt: job.attempt,
      at: rfc3339(this.#options.clock.nowMs()),
      outcome,
      ...(status === undefined ? {} : { status }),
      ...(error === undefined ? {} : { error }),
    };
    this.#history.push(record);
    if (this.#history.length > this.#options.historySize) this.#history.shift();
    if (outcome !== "delivered") {
      const what = status === undefined ? `connection failed (${error})` : `HTTP ${status}`;
      this.#options.logger.warn(
        `notification ${record.eventId} of session ${job.sessionId}, attempt ${job.attempt}: ${what}; ${outcome}`,
      );
    }
  }
}
