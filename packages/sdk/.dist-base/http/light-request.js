// openapi-fetch builds a Request and then calls fetch(request), and fetch builds a second one
// from it. With an AbortSignal (every SDK call has one, for its timeout) each Request that
// follows a signal costs Node's fetch a listener, a WeakRef and a finalizer: together the largest
// cost of a call. A light request keeps what openapi-fetch and the middleware need, so that
// fetch builds the only real Request.
/** The request as openapi-fetch and the middleware see it: url, method, headers, body, signal. */
export class LightRequest {
  url;
  method;
  headers;
  body;
  signal;
  #redirect;
  constructor(url, init = {}) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body;
    this.signal = init.signal ?? undefined;
    this.#redirect = init.redirect;
  }
  /** The init to hand to fetch(url, init). */
  init() {
    return {
      method: this.method,
      headers: this.headers,
      ...(this.body != null && { body: this.body }),
      ...(this.signal && { signal: this.signal }),
      ...(this.#redirect && { redirect: this.#redirect }),
    };
  }
}
/** A fetch for openapi-fetch: light requests go to fetch(url, init); a custom fetch gets a real Request. */
export function lightFetch(custom) {
  return (request) => {
    if (!(request instanceof LightRequest)) return (custom ?? globalThis.fetch)(request);
    if (custom) return custom(new Request(request.url, request.init()));
    return globalThis.fetch(request.url, request.init());
  };
}
//# sourceMappingURL=light-request.js.map
