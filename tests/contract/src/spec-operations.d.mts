import type { OpenApiDocument } from "@qod/openapi/validator";

/** One operation under `paths`. */
export interface SpecOperation {
  /** The operationId, or `"<method> <path>"` when the operation has none. */
  operationId: string;
  /** Lower-case HTTP method, e.g. `post`. */
  method: string;
  /** Path template, e.g. `/sessions/{sessionId}`. */
  path: string;
  /** JSON pointer of the operation object. */
  pointer: string;
}

/** One response an operation documents. */
export interface DocumentedResponse {
  /** The responses key: `"404"`, or a range (`"4XX"`) or `"default"`. */
  status: string;
  /** JSON pointer of the response object, after `$ref`s are followed. */
  pointer: string;
  /** The response object. */
  response: Record<string, any>;
}

/** An (operation, status) pair, as documented or as exercised. */
export interface OperationStatus {
  operationId: string;
  status: string;
}

/** An (operation, status) pair of one spec version, e.g. `qod@1.2.0-rc.3`. */
export interface SpecOperationStatus extends OperationStatus {
  /** Which contract document: a spec name of `@qod/openapi/validator` (`qod`, `qod@1.2.0-rc.3`...). */
  spec: string;
}

export declare function listOperations(document: OpenApiDocument): SpecOperation[];
export declare function documentedResponses(document: OpenApiDocument, operationId: string): DocumentedResponse[];
export declare function documentedPairs(document: OpenApiDocument): OperationStatus[];
export declare function followRefs(document: OpenApiDocument, pointer: string): string;
export declare function nodeAt(document: OpenApiDocument, pointer: string): any;
