type Method = "get" | "post" | "delete";
type OperationOf<Item, M extends Method> = NonNullable<Item[M & keyof Item]>;
/** The methods the contract defines for a path. */
export type MethodOf<Item> = {
  [M in Method]: [OperationOf<Item, M>] extends [never] ? never : M;
}[Method];
type PathParams<Op> = Op extends {
  parameters: {
    path: infer P;
  };
}
  ? {
      path: P;
    }
  : {
      path?: undefined;
    };
type JsonBody<Op> = Op extends {
  requestBody: {
    content: {
      "application/json": infer B;
    };
  };
}
  ? {
      body: B;
    }
  : {
      body?: undefined;
    };
/** The path parameters and body an operation takes, as the contract types them. */
export type RequestParts<Op> = PathParams<Op> & JsonBody<Op>;
/** One request, ready to send. */
export interface ApiRequest {
  readonly method: "GET" | "POST" | "DELETE";
  readonly url: string;
  /** The body as JSON text. */
  readonly body: string | undefined;
}
/** Builds the requests of one API of the contract (`Paths`) against its base URL. */
export declare class Api<Paths> {
  #private;
  constructor(baseUrl: string);
  /** `request("get", "/sessions/{sessionId}", { path: { sessionId } })`. */
  request<P extends keyof Paths & string, M extends MethodOf<Paths[P]>>(
    method: M,
    path: P,
    parts: RequestParts<OperationOf<Paths[P], M>>,
  ): ApiRequest;
}
//# sourceMappingURL=api.d.ts.map
