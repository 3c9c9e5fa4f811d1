// What the reconciler, the leases and the daemon need from durable state, whichever store keeps
// it: the local journal (one process) or PostgreSQL (replicas).
import type { SessionSpec } from "../model/session-spec.js";

/** A session the daemon asked for: the intent is written before the create call, the id after it. */
export interface OwnedSession {
  /** The intent id, written before the create call; also the tag in the session's sink URL. */
  intent: string;
  key: string;
  spec: SessionSpec;
  /** ms since the epoch when the intent was written. */
  at: number;
  /** The provider's session id, once the create call answered. */
  sessionId?: string;
}

/** A lease an app holds. */
export interface StoredLease {
  id: string;
  key: string;
  spec: SessionSpec;
  holder: string;
  ttlSeconds: number;
  /** ms since the epoch. */
  createdAt: number;
  /** ms since the epoch; the lease is released when this passes without a renewal. */
  expiresAt: number;
}

/** Secrets and ids every replica shares. */
export type SharedSecret = "sink-token" | "instance-id";

/**
 * Durable state. Each record method resolves once the change is durable and rejects (with
 * StoreUnavailableError, or FencedError for a deposed leader) when it is not; the maps are the
 * state as this process knows it.
 */
export interface Store {
  readonly sessions: ReadonlyMap<string, OwnedSession>;
  readonly leases: ReadonlyMap<string, StoredLease>;
  /** Keys of declared finite sessions that ran their full duration. */
  readonly done: ReadonlySet<string>;
  /** Why writes fail now, or undefined while the store works. */
  readonly fault: string | undefined;
  recordIntent(session: Omit<OwnedSession, "sessionId">): Promise<void>;
  recordCreated(intent: string, sessionId: string): Promise<void>;
  recordGone(intent: string): Promise<void>;
  recordLease(lease: StoredLease): Promise<void>;
  recordRenewal(id: string, expiresAt: number): Promise<void>;
  recordRelease(id: string): Promise<void>;
  recordDone(key: string, done: boolean): Promise<void>;
  /** Resolves when background work of the store (a recovery attempt) has finished. */
  settled?(): Promise<void>;
  /** A secret or id kept with the state, created on first use. */
  secret(name: SharedSecret): Promise<string>;
  close(): Promise<void>;
}
