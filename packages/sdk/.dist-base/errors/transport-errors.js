import { QodError } from "./qod-error.js";
/** The request could not be sent or its response not read (refused, reset, DNS...). */
export class ConnectionError extends QodError {
  name = "ConnectionError";
  /**
   * False when the request surely never reached the provider (connection refused, DNS failure),
   * so sending it again cannot repeat it.
   */
  requestMayHaveBeenSent;
  constructor(message, options) {
    super(message, { cause: options.cause });
    this.requestMayHaveBeenSent = options.requestMayHaveBeenSent;
  }
}
/** No complete response within the `timeout`. */
export class TimeoutError extends QodError {
  name = "TimeoutError";
}
/** The caller's `signal` aborted the call. */
export class AbortError extends QodError {
  name = "AbortError";
}
//# sourceMappingURL=transport-errors.js.map
