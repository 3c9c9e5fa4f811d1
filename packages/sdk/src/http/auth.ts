import { QodError } from "../errors/qod-error.js";
import { sanitizeCause } from "../errors/redact.js";
import type { SecretStore } from "./secrets.js";

/** A token, or a function that returns one (called before every request, so it can refresh). */
export type TokenSource = string | (() => string | Promise<string>);

/** How requests authenticate. */
export interface CredentialsOptions {
  /** The access token or API key. */
  token: TokenSource;
  /** `bearer`: `Authorization: Bearer`; `rapidapi`: `X-RapidAPI-Key` and `X-RapidAPI-Host`. */
  auth: "bearer" | "rapidapi";
  /** The `X-RapidAPI-Host` value (rapidapi only). */
  rapidApiHost?: string | undefined;
  /** The `User-Agent` value. */
  userAgent: string;
  /** Where sent tokens are remembered for redaction. */
  secrets: SecretStore;
}

/** The headers of one request, as a plain object (fetch takes it without a Headers copy). */
export type RequestHeaders = Record<string, string>;

function checked(token: unknown, secrets: SecretStore): string {
  if (typeof token !== "string" || token.length === 0) {
    throw new QodError("the token function returned no token (expected a non-empty string)");
  }
  secrets.remember(token);
  return token;
}

/** The credentials and User-Agent every request carries, with its correlator. */
export class Credentials {
  readonly #source: TokenSource;
  readonly #rapidApiHost: string | undefined;
  readonly #userAgent: string;
  readonly #secrets: SecretStore;

  constructor(options: CredentialsOptions) {
    this.#source = options.token;
    this.#rapidApiHost = options.auth === "rapidapi" ? (options.rapidApiHost ?? "") : undefined;
    this.#userAgent = options.userAgent;
    this.#secrets = options.secrets;
    // A fixed token is checked and remembered once; a token function on every request.
    if (typeof this.#source === "string") checked(this.#source, this.#secrets);
  }

  /** The headers of one request; a promise only when the token comes from a function. */
  headers(correlator: string, json: boolean): RequestHeaders | Promise<RequestHeaders> {
    const source = this.#source;
    if (typeof source === "string") return this.#build(source, correlator, json);
    return this.#resolve(source).then((token) => this.#build(token, correlator, json));
  }

  async #resolve(source: () => string | Promise<string>): Promise<string> {
    let token: string;
    try {
      token = await source();
    } catch (error) {
      throw new QodError("the token function failed", { cause: sanitizeCause(error, this.#secrets.values()) });
    }
    return checked(token, this.#secrets);
  }

  #build(token: string, correlator: string, json: boolean): RequestHeaders {
    const headers: RequestHeaders =
      this.#rapidApiHost === undefined
        ? { authorization: `Bearer ${token}`, "user-agent": this.#userAgent, "x-correlator": correlator }
        : {
            "x-rapidapi-key": token,
            "x-rapidapi-host": this.#rapidApiHost,
            "user-agent": this.#userAgent,
            "x-correlator": correlator,
          };
    if (json) headers["content-type"] = "application/json";
    return headers;
  }
}
