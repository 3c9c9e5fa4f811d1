import { QodError } from "./qod-error.js";

/** One problem found in a value: the field it is in (`device.phoneNumber`) and what is wrong. */
export interface ValidationIssue {
  /** Dotted path of the field, with `[i]` for list items; empty for the value itself. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

function describe(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
}

/** Input the SDK refused before sending anything; `issues` lists every problem. */
export class ValidationError extends QodError {
  override name = "ValidationError";
  /** Every problem found, in field order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(describe(issues));
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** What a provider answered breaks the contract; `issues` says where. */
export class ResponseValidationError extends QodError {
  override name = "ResponseValidationError";
  /** Every problem found in the response body. */
  readonly issues: readonly ValidationIssue[];
  /** The HTTP status of the response. */
  readonly status: number;
  /** The `x-correlator` of the exchange, for the provider's support. */
  readonly correlator: string | undefined;

  constructor(operation: string, status: number, correlator: string | undefined, issues: readonly ValidationIssue[]) {
    super(`${operation}: the provider's response breaks the contract: ${describe(issues)}`);
    this.issues = issues;
    this.status = status;
    this.correlator = correlator;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, correlator: this.correlator, issues: this.issues };
  }
}
