import { QodError } from "./qod-error.js";

function describe(issues) {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
}
/** Input the SDK refused before sending anything; `issues` lists every problem. */
export class ValidationError extends QodError {
  name = "ValidationError";
  /** Every problem found, in field order. */
  issues;
  constructor(issues) {
    super(describe(issues));
    this.issues = issues;
  }
  toJSON() {
    return { ...super.toJSON(), issues: this.issues };
  }
}
/** What a provider answered breaks the contract; `issues` says where. */
export class ResponseValidationError extends QodError {
  name = "ResponseValidationError";
  /** Every problem found in the response body. */
  issues;
  /** The HTTP status of the response. */
  status;
  /** The `x-correlator` of the exchange, for the provider's support. */
  correlator;
  constructor(operation, status, correlator, issues) {
    super(`${operation}: the provider's response breaks the contract: ${describe(issues)}`);
    this.issues = issues;
    this.status = status;
    this.correlator = correlator;
  }
  toJSON() {
    return { ...super.toJSON(), status: this.status, correlator: this.correlator, issues: this.issues };
  }
}
//# sourceMappingURL=validation-error.js.map
