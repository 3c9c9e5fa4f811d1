import type { Middleware } from "@qod/api-client";
import type { OpenApiDocument } from "@qod/openapi/validator";
import type { SpecOperationStatus } from "./spec-operations.d.mts";

/** Options of {@link recordingMiddleware}. */
export interface RecordingMiddlewareOptions {
  /** The run's record directory (provided to tests as `contractRecordDir`). */
  dir: string;
  /** The spec name the client speaks (`qod`, `qod@1.2.0-rc.3`...), recorded with each pair. */
  spec: string;
  /** The document the client speaks, to map method + path template to an operationId. */
  document: OpenApiDocument;
}

export declare function createRecordDir(): string;
export declare function removeRecordDir(dir: string): void;
export declare function createRecordWriter(dir: string): (pair: SpecOperationStatus) => void;
export declare function recordingMiddleware(options: RecordingMiddlewareOptions): Middleware;
export declare function readRecord(dir: string): SpecOperationStatus[];
