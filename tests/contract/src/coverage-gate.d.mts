import type { OpenApiDocument } from "@qod/openapi/validator";
import type { SpecOperationStatus } from "./spec-operations.d.mts";

/** One contract document under its spec name. */
export interface NamedSpec {
  name: string;
  document: OpenApiDocument;
}

/** What the gate concluded about one run. */
export interface CoverageVerdict {
  /** True when every documented pair was exercised. */
  ok: boolean;
  /** The documented pairs nobody exercised, in document order. */
  missing: SpecOperationStatus[];
  /** A summary line, then one `not exercised: <spec> <operationId> <status>` line per missing pair. */
  message: string;
}

export declare function missingPairs(specs: NamedSpec[], record: SpecOperationStatus[]): SpecOperationStatus[];
export declare function responseKeyFor(status: string, keys: string[]): string | undefined;
export declare function formatMissing(missing: SpecOperationStatus[]): string;
export declare function checkCoverage(specs: NamedSpec[], record: SpecOperationStatus[]): CoverageVerdict;
