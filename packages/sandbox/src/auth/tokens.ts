import { createHash, randomBytes } from "node:crypto";
import type { PendingChanges } from "../storage/pending-changes.js";

/** What a token grants. */
export interface TokenGrant {
  clientId: string;
  scopes: string[];
  /** The device a 3-legged token is bound to (a device record id). */
  deviceId?: string;
  /** ms since the epoch (sandbox time); null: never expires. */
  expiresAt: number | null;
}

/** A saved token: only its hash is kept, so neither memory dumps nor the state file hold usable tokens. */
export interface StoredToken extends TokenGrant {
  hash: string;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Tokens minted through the control API. */
export class TokenStore {
  #byHash = new Map<string, TokenGrant>();
  #changes: PendingChanges;

  constructor(changes: PendingChanges) {
    this.#changes = changes;
  }

  get size(): number {
    return this.#byHash.size;
  }

  /** Mints a token; the plain token is returned once and never stored. */
  mint(grant: TokenGrant): string {
    const token = `qodsbx_${randomBytes(24).toString("base64url")}`;
    const hash = hashToken(token);
    this.#byHash.set(hash, grant);
    this.#changes.tokens.add(hash);
    return token;
  }

  /** The grant of a token by its hash, expired ones included (the caller decides what expired means). */
  lookupHash(hash: string): TokenGrant | undefined {
    return this.#byHash.get(hash);
  }

  /** Forgets tokens that expired before `nowMs`, so a long-running sandbox does not grow. */
  prune(nowMs: number): void {
    for (const [hash, grant] of this.#byHash)
      if (grant.expiresAt !== null && grant.expiresAt <= nowMs) {
        this.#byHash.delete(hash);
        this.#changes.tokens.add(hash);
      }
  }

  stored(): StoredToken[] {
    return [...this.#byHash].map(([hash, grant]) => ({ hash, ...grant }));
  }

  /** The stored form of one token; undefined once it is gone. */
  storedOne(hash: string): StoredToken | undefined {
    const grant = this.#byHash.get(hash);
    return grant && { hash, ...grant };
  }

  /** Replaces every token with stored ones. */
  load(tokens: readonly StoredToken[]): void {
    this.#byHash.clear();
    for (const { hash, ...grant } of tokens) this.#byHash.set(hash, grant);
  }

  clear(): void {
    this.#byHash.clear();
  }
}
