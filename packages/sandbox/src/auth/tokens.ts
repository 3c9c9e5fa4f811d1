import { createHash, randomBytes } from "node:crypto";

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

  get size(): number {
    return this.#byHash.size;
  }

  /** Mints a token; the plain token is returned once and never stored. */
  mint(grant: TokenGrant): string {
    const token = `qodsbx_${randomBytes(24).toString("base64url")}`;
    this.#byHash.set(hashToken(token), grant);
    return token;
  }

  /** The grant of a token by its hash, expired ones included (the caller decides what expired means). */
  lookupHash(hash: string): TokenGrant | undefined {
    return this.#byHash.get(hash);
  }

  /** Forgets tokens that expired before `nowMs`, so a long-running sandbox does not grow. */
  prune(nowMs: number): void {
    for (const [hash, grant] of this.#byHash)
      if (grant.expiresAt !== null && grant.expiresAt <= nowMs) this.#byHash.delete(hash);
  }

  stored(): StoredToken[] {
    return [...this.#byHash].map(([hash, grant]) => ({ hash, ...grant }));
  }

  load(tokens: readonly StoredToken[]): void {
    for (const { hash, ...grant } of tokens) this.#byHash.set(hash, grant);
  }

  clear(): void {
    this.#byHash.clear();
  }
}
