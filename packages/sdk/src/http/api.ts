// Requests typed by the contract: the paths, methods, path parameters and JSON bodies come from
// the types generated from the OpenAPI documents (@qod/api-client), so a request the contract
// does not define fails to compile. Building one is a string and a JSON.stringify: no Request,
// no Headers, no middleware chain, since every call pays for them.

type Method = "get" | "post" | "delete";

type OperationOf<Item, M extends Method> = NonNullable<Item[M & keyof Item]>;

/** The methods the contract defines for a path. */
export type MethodOf<Item> = { [M in Method]: [OperationOf<Item, M>] extends [never] ? never : M }[Method];

type PathParams<Op> = Op extends { parameters: { path: infer P } } ? { path: P } : { path?: undefined };
type JsonBody<Op> = Op extends { requestBody: { content: { "application/json": infer B } } }
  ? { body: B }
  : { body?: undefined };

/** The path parameters and body an operation takes, as the contract types them. */
export type RequestParts<Op> = PathParams<Op> & JsonBody<Op>;

/** One request, ready to send. */
export interface ApiRequest {
  readonly method: "GET" | "POST" | "DELETE";
  readonly url: string;
  /** The body as JSON text. */
  readonly body: string | undefined;
}

const METHODS = { get: "GET", post: "POST", delete: "DELETE" } as const;

// A path template split once: literal text at even indexes, parameter names at odd ones.
const templates = new Map<string, string[]>();

function split(path: string): string[] {
  let parts = templates.get(path);
  if (!parts) {
    parts = path.split(/\{([^{}]+)\}/);
    templates.set(path, parts);
  }
  return parts;
}

/** Builds the requests of one API of the contract (`Paths`) against its base URL. */
export class Api<Paths> {
  readonly #baseUrl: string;

  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl.replace(/\/+$/, "");
  }

  /** `request("get", "/sessions/{sessionId}", { path: { sessionId } })`. */
  request<P extends keyof Paths & string, M extends MethodOf<Paths[P]>>(
    method: M,
    path: P,
    parts: RequestParts<OperationOf<Paths[P], M>>,
  ): ApiRequest {
    const params = parts.path as Record<string, string | number> | undefined;
    let url = this.#baseUrl;
    const pieces = split(path);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      url += i % 2 === 0 ? piece : encodeURIComponent(String(params?.[piece]));
    }
    return { method: METHODS[method], url, body: parts.body === undefined ? undefined : JSON.stringify(parts.body) };
  }
}
