import type { OpenApiDocument } from "@qod/openapi/validator";
import type { OperationStatus } from "./spec-operations.d.mts";

/** What the gate concluded about one run. */
export interface CoverageVerdict {
  /** True when every documented pair was exercised. */
  ok: boolean;
  /** The documented pairs nobody exercised, in document order. */
  missing: OperationStatus[];
  /** A summary line, then one `not exercised: <operationId> <status>` line per missing pair. */
  message: string;
}

export declare function missingPairs(documents: OpenApiDocument[], record: OperationStatus[]): OperationStatus[];
export declare function responseKeyFor(status: string, keys: string[]): string | undefined;
export declare function formatMissing(missing: OperationStatus[]): string;
export declare function checkCoverage(documents: OpenApiDocument[], record: OperationStatus[]): CoverageVerdict;
