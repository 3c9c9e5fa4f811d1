// Requests typed by the contract: the paths, methods, path parameters and JSON bodies come from
// the types generated from the OpenAPI documents (@qod/api-client), so a request the contract
// does not define fails to compile. Building one is a string and a JSON.stringify: no Request,
// no Headers, no middleware chain, since every call pays for them.
const METHODS = { get: "GET", post: "POST", delete: "DELETE" };
// A path template split once: literal text at even indexes, parameter names at odd ones.
const templates = new Map();
function split(path) {
  let parts = templates.get(path);
  if (!parts) {
    parts = path.split(/\{([^{}]+)\}/);
    templates.set(path, parts);
  }
  return parts;
}
/** Builds the requests of one API of the contract (`Paths`) against its base URL. */
export class Api {
  #baseUrl;
  constructor(baseUrl) {
    this.#baseUrl = baseUrl.replace(/\/+$/, "");
  }
  /** `request("get", "/sessions/{sessionId}", { path: { sessionId } })`. */
  request(method, path, parts) {
    const params = parts.path;
    let url = this.#baseUrl;
    const pieces = split(path);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      url += i % 2 === 0 ? piece : encodeURIComponent(String(params?.[piece]));
    }
    return { method: METHODS[method], url, body: parts.body === undefined ? undefined : JSON.stringify(parts.body) };
  }
}
//# sourceMappingURL=api.js.map
