import { QodError } from "./qod-error.js";
/** One problem found in a value: the field it is in (`device.phoneNumber`) and what is wrong. */
export interface ValidationIssue {
  /** Dotted path of the field, with `[i]` for list items; empty for the value itself. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}
/** Input the SDK refused before sending anything; `issues` lists every problem. */
export declare class ValidationError extends QodError {
  name: string;
  /** Every problem found, in field order. */
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]);
  toJSON(): Record<string, unknown>;
}
/** What a provider answered breaks the contract; `issues` says where. */
export declare class ResponseValidationError extends QodError {
  name: string;
  /** Every problem found in the response body. */
  readonly issues: readonly ValidationIssue[];
  /** The HTTP status of the response. */
  readonly status: number;
  /** The `x-correlator` of the exchange, for the provider's support. */
  readonly correlator: string | undefined;
  constructor(operation: string, status: number, correlator: string | undefined, issues: readonly ValidationIssue[]);
  toJSON(): Record<string, unknown>;
}
//# sourceMappingURL=validation-error.d.ts.map
