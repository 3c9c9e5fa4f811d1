// Leases apps hold on sessions. Each lease is a holder of one reconciler slot; a lease that is
// not renewed within its TTL is released by a timer on the injected clock, and the slot's
// session goes when its last holder does. Leases are journaled so a restart keeps them.
import { randomUUID } from "node:crypto";
import type { Clock } from "@qod/sdk";
import type { SessionSpec } from "../model/session-spec.js";
import type { Store, StoredLease } from "../store/store.js";
import { TimerQueue } from "../time/timer-queue.js";

/** What the registry needs from the reconciler. */
export interface LeaseHost {
  /** Adds the lease as a holder of the slot for `spec`; returns the slot key. Throws on a flow conflict. */
  attach(spec: SessionSpec, holderId: string): string;
  detach(key: string, holderId: string): void;
}

/** Options for LeaseRegistry. */
export interface LeaseRegistryOptions {
  store: Store;
  clock: Clock;
  host: LeaseHost;
  /** Longest TTL accepted, in seconds. */
  maxTtlSeconds: number;
  /** Most leases held at once. */
  max: number;
  /** Called after a lease is released because its TTL passed. */
  onExpired?: (lease: StoredLease) => void;
}

/** The request is refused (TTL out of range, too many leases). */
export class LeaseLimitError extends Error {
  override name = "LeaseLimitError";
}

export class LeaseRegistry {
  readonly #o: LeaseRegistryOptions;
  readonly #leases = new Map<string, { lease: StoredLease }>();
  /** Lease ids by expiry. */
  readonly #expiries: TimerQueue<string>;
  #running = false;

  constructor(options: LeaseRegistryOptions) {
    this.#o = options;
    this.#expiries = new TimerQueue(options.clock, () => this.#expire());
  }

  get size(): number {
    return this.#leases.size;
  }

  /** Re-attaches the journaled leases (after a restart); expired ones go at the first tick. */
  load(leases: Iterable<StoredLease>): void {
    for (const lease of leases) {
      this.#o.host.attach(lease.spec, holderId(lease.id));
      this.#index({ ...lease });
    }
  }

  start(): void {
    this.#running = true;
    this.#arm();
  }

  stop(): void {
    this.#running = false;
    this.#expiries.wakeAt(Number.POSITIVE_INFINITY);
  }

  /** Creates a lease; durable when the promise resolves. */
  async create(spec: SessionSpec, holder: string, ttlSeconds: number): Promise<StoredLease> {
    this.#checkTtl(ttlSeconds);
    if (this.#leases.size >= this.#o.max) throw new LeaseLimitError(`too many leases (at most ${this.#o.max})`);
    const id = randomUUID();
    const now = this.#o.clock.now();
    const key = this.#o.host.attach(spec, holderId(id));
    const lease: StoredLease = {
      id,
      key,
      spec,
      holder,
      ttlSeconds,
      createdAt: now,
      expiresAt: now + ttlSeconds * 1000,
    };
    this.#index(lease);
    try {
      await this.#o.store.recordLease(lease);
    } catch (error) {
      this.#drop(id);
      throw error;
    }
    return lease;
  }

  /** Extends a lease by its TTL (or a new one) from now; undefined when there is no such lease. */
  async renew(id: string, ttlSeconds?: number): Promise<StoredLease | undefined> {
    const entry = this.#leases.get(id);
    if (!entry) return undefined;
    if (ttlSeconds !== undefined) this.#checkTtl(ttlSeconds);
    const lease = entry.lease;
    if (ttlSeconds !== undefined) lease.ttlSeconds = ttlSeconds;
    lease.expiresAt = this.#o.clock.now() + lease.ttlSeconds * 1000;
    this.#expiries.schedule(id, lease.expiresAt);
    this.#arm();
    await this.#o.store.recordRenewal(id, lease.expiresAt);
    return lease;
  }

  /** Releases a lease; false when there is no such lease. */
  async release(id: string): Promise<boolean> {
    if (!this.#drop(id)) return false;
    await this.#o.store.recordRelease(id);
    return true;
  }

  get(id: string): StoredLease | undefined {
    return this.#leases.get(id)?.lease;
  }

  list(): StoredLease[] {
    return [...this.#leases.values()].map((e) => e.lease);
  }

  /** Leases per slot key (for the sessions view). */
  holdersOf(key: string): StoredLease[] {
    return this.list().filter((l) => l.key === key);
  }

  #checkTtl(ttl: number): void {
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > this.#o.maxTtlSeconds) {
      throw new LeaseLimitError(`ttlSeconds must be a whole number from 1 to ${this.#o.maxTtlSeconds}`);
    }
  }

  #index(lease: StoredLease): void {
    this.#expiries.schedule(lease.id, lease.expiresAt);
    this.#leases.set(lease.id, { lease });
    this.#arm();
  }

  #drop(id: string): boolean {
    const entry = this.#leases.get(id);
    if (!entry) return false;
    this.#leases.delete(id);
    this.#expiries.remove(id);
    this.#o.host.detach(entry.lease.key, holderId(id));
    this.#arm();
    return true;
  }

  #expire(): void {
    const now = this.#o.clock.now();
    for (let top = this.#expiries.peek(); top && top.at <= now; top = this.#expiries.peek()) {
      const entry = this.#leases.get(top.item);
      this.#expiries.remove(top.item);
      this.#drop(top.item);
      if (entry) {
        void this.#o.store.recordRelease(entry.lease.id).catch(() => undefined);
        this.#o.onExpired?.(entry.lease);
      }
    }
    this.#arm();
  }

  #arm(): void {
    if (!this.#running) return;
    this.#expiries.wakeAt(this.#expiries.peek()?.at ?? Number.POSITIVE_INFINITY);
  }
}

/** The reconciler holder id of a lease. */
export function holderId(leaseId: string): string {
  return `lease:${leaseId}`;
}
