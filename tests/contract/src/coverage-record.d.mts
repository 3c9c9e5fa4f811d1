import type { Middleware } from "@qod/api-client";
import type { OpenApiDocument } from "@qod/openapi/validator";
import type { OperationStatus } from "./spec-operations.d.mts";

/** Options of {@link recordingMiddleware}. */
export interface RecordingMiddlewareOptions {
  /** The run's record directory (provided to tests as `contractRecordDir`). */
  dir: string;
  /** The document the client speaks, to map method + path template to an operationId. */
  document: OpenApiDocument;
}

export declare function createRecordDir(): string;
export declare function removeRecordDir(dir: string): void;
export declare function createRecordWriter(dir: string): (pair: OperationStatus) => void;
export declare function recordingMiddleware(options: RecordingMiddlewareOptions): Middleware;
export declare function readRecord(dir: string): OperationStatus[];
