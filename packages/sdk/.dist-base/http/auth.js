import { QodError } from "../errors/qod-error.js";
import { sanitizeCause } from "../errors/redact.js";

function checked(token, secrets) {
  if (typeof token !== "string" || token.length === 0) {
    throw new QodError("the token function returned no token (expected a non-empty string)");
  }
  secrets.remember(token);
  return token;
}
/** The credentials and User-Agent every request carries, with its correlator. */
export class Credentials {
  #source;
  #rapidApiHost;
  #userAgent;
  #secrets;
  constructor(options) {
    this.#source = options.token;
    this.#rapidApiHost = options.auth === "rapidapi" ? (options.rapidApiHost ?? "") : undefined;
    this.#userAgent = options.userAgent;
    this.#secrets = options.secrets;
    // A fixed token is checked and remembered once; a token function on every request.
    if (typeof this.#source === "string") checked(this.#source, this.#secrets);
  }
  /** The headers of one request; a promise only when the token comes from a function. */
  headers(correlator, json) {
    const source = this.#source;
    if (typeof source === "string") return this.#build(source, correlator, json);
    return this.#resolve(source).then((token) => this.#build(token, correlator, json));
  }
  async #resolve(source) {
    let token;
    try {
      token = await source();
    } catch (error) {
      throw new QodError("the token function failed", { cause: sanitizeCause(error, this.#secrets.values()) });
    }
    return checked(token, this.#secrets);
  }
  #build(token, correlator, json) {
    const headers =
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
//# sourceMappingURL=auth.js.map
