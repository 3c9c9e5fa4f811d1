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
/** The credentials and User-Agent every request carries, with its correlator. */
export declare class Credentials {
  #private;
  constructor(options: CredentialsOptions);
  /** The headers of one request; a promise only when the token comes from a function. */
  headers(correlator: string, json: boolean): RequestHeaders | Promise<RequestHeaders>;
}
//# sourceMappingURL=auth.d.ts.map
