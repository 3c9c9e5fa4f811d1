import { timingSafeEqual } from "node:crypto";
import { errors } from "../domain/api-error.js";
import type { HeaderReader } from "../http/header-reader.js";
import type { SandboxClock } from "../scheduling/clock.js";
import { ALL_SCOPES } from "./scopes.js";
import { hashToken, type TokenGrant, type TokenStore } from "./tokens.js";

/** The authenticated caller of an API request. */
export interface Principal {
  readonly clientId: string;
  readonly scopes: ReadonlySet<string>;
  /** Set for 3-legged tokens: the device the token is bound to. */
  readonly boundDeviceId: string | undefined;
  /** Authenticated by `X-RapidAPI-Key`, which only the APIs Network as Code serves accept. */
  readonly apiKey?: true;
}

export interface AuthenticatorOptions {
  /** The static development token; false disables it. */
  devToken: string | false;
  /** Client id of requests made with the development token. */
  devClientId: string;
  /** Accepted `X-RapidAPI-Key`; undefined: the header is not accepted. */
  rapidApiKey: string | undefined;
  /** Client id of requests authenticated by `X-RapidAPI-Key`. */
  rapidApiClientId: string;
}

/** Compares secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(a: string, b: string): boolean {
  return sameHash(hashToken(a), hashToken(b));
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const BEARER = /^bearer +([\x21-\x7e]+) *$/i;
const allScopes: ReadonlySet<string> = new Set(ALL_SCOPES);

/** Turns request headers into a principal, or a `401 UNAUTHENTICATED` that never repeats the credential. */
export class Authenticator {
  #tokens: TokenStore;
  #clock: SandboxClock;
  #options: AuthenticatorOptions;
  #devPrincipal: Principal;
  // One principal per grant, so a request costs one hash and a map lookup.
  #principals = new WeakMap<TokenGrant, Principal>();
  /** The development token is refused once the sandbox listens beyond loopback. */
  devTokenAllowed = true;

  constructor(tokens: TokenStore, clock: SandboxClock, options: AuthenticatorOptions) {
    this.#tokens = tokens;
    this.#clock = clock;
    this.#options = options;
    this.#devPrincipal = { clientId: options.devClientId, scopes: allScopes, boundDeviceId: undefined };
  }

  authenticate(header: HeaderReader): Principal {
    const authorization = header("authorization");
    if (authorization !== null) return this.#bearer(authorization);
    const apiKey = header("x-rapidapi-key");
    const expected = this.#options.rapidApiKey;
    if (apiKey !== null && expected !== undefined && sameSecret(apiKey, expected))
      return { clientId: this.#options.rapidApiClientId, scopes: allScopes, boundDeviceId: undefined, apiKey: true };
    throw errors.unauthenticated();
  }

  #bearer(header: string): Principal {
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) throw errors.unauthenticated();
    // The development token is public (documented, printed at start): a plain comparison is
    // enough, and spares the hash on the path every local request takes.
    if (this.#options.devToken !== false && this.devTokenAllowed && token === this.#options.devToken)
      return this.#devPrincipal;
    const hash = hashToken(token);
    const grant = this.#tokens.lookupHash(hash);
    if (!grant || (grant.expiresAt !== null && grant.expiresAt <= this.#clock.nowMs())) throw errors.unauthenticated();
    let principal = this.#principals.get(grant);
    if (!principal) {
      principal = { clientId: grant.clientId, scopes: new Set(grant.scopes), boundDeviceId: grant.deviceId };
      this.#principals.set(grant, principal);
    }
    return principal;
  }
}
