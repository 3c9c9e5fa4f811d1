/** The request as openapi-fetch and the middleware see it: url, method, headers, body, signal. */
export declare class LightRequest {
  #private;
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly signal: AbortSignal | undefined;
  constructor(url: string, init?: RequestInit);
  /** The init to hand to fetch(url, init). */
  init(): RequestInit;
}
/** A fetch for openapi-fetch: light requests go to fetch(url, init); a custom fetch gets a real Request. */
export declare function lightFetch(
  custom: ((request: Request) => Promise<Response>) | undefined,
): (request: Request | LightRequest) => Promise<Response>;
//# sourceMappingURL=light-request.d.ts.map
