/** The tokens this client has sent recently, so errors can be scrubbed of them. */
export class SecretStore {
  #values = [];
  #limit;
  constructor(limit = 4) {
    this.#limit = limit;
  }
  /** Remembers a token (refreshed tokens push old ones out). */
  remember(value) {
    if (!value || this.#values.includes(value)) return;
    this.#values.push(value);
    if (this.#values.length > this.#limit) this.#values.shift();
  }
  /** The remembered tokens. */
  values() {
    return this.#values;
  }
}
//# sourceMappingURL=secrets.js.map
