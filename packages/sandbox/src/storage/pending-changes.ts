import type { Change } from "../events/change-feed.js";
import type { SessionEvent } from "../events/session-events.js";
import type { DeliveryRecord } from "../notifications/notifier.js";

/**
 * What the current transaction changed in the caches, by key, so the commit writes those
 * rows and nothing else. The services record into it as they change; loading records nothing.
 */
export class PendingChanges {
  /** Everything was replaced (a reset): the commit rewrites every table. */
  reset = false;
  clock = false;
  faults = false;
  limits = false;
  readonly devices = new Set<string>();
  readonly profiles = new Set<string>();
  readonly sessions = new Set<string>();
  /** QoS Provisioning assignment ids. */
  readonly assignments = new Set<string>();
  /** Token hashes. */
  readonly tokens = new Set<string>();
  /** Outbox event ids. */
  readonly outbox = new Set<string>();
  readonly deliveries: DeliveryRecord[] = [];
  readonly sessionEvents: SessionEvent[] = [];

  get empty(): boolean {
    return (
      !this.reset &&
      !this.clock &&
      !this.faults &&
      !this.limits &&
      this.devices.size +
        this.profiles.size +
        this.sessions.size +
        this.assignments.size +
        this.tokens.size +
        this.outbox.size ===
        0 &&
      this.deliveries.length + this.sessionEvents.length === 0
    );
  }

  clear(): void {
    this.reset = this.clock = this.faults = this.limits = false;
    for (const set of [this.devices, this.profiles, this.sessions, this.assignments, this.tokens, this.outbox])
      set.clear();
    this.deliveries.length = 0;
    this.sessionEvents.length = 0;
  }

  /** The changes as the change feed reports them. */
  toChanges(): Change[] {
    const changes: Change[] = [];
    for (const id of this.sessions) changes.push({ kind: "session", id });
    for (const event of this.sessionEvents) changes.push({ kind: "sessionEvent", event });
    for (const id of this.assignments) changes.push({ kind: "assignment", id });
    for (const id of this.devices) changes.push({ kind: "device", id });
    for (const name of this.profiles) changes.push({ kind: "profile", name });
    if (this.clock) changes.push({ kind: "clock" });
    if (this.faults) changes.push({ kind: "faults" });
    if (this.limits) changes.push({ kind: "limits" });
    if (this.tokens.size > 0) changes.push({ kind: "tokens" });
    for (const record of this.deliveries) changes.push({ kind: "delivery", record });
    return changes;
  }
}
