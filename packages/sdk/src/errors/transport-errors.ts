import { QodError } from "./qod-error.js";

/** The request could not be sent or its response not read (refused, reset, DNS...). */
export class ConnectionError extends QodError {
  override name = "ConnectionError";
  /**
   * False when the request surely never reached the provider (connection refused, DNS failure),
   * so sending it again cannot repeat it.
   */
  readonly requestMayHaveBeenSent: boolean;

  constructor(message: string, options: { cause?: unknown; requestMayHaveBeenSent: boolean }) {
    super(message, { cause: options.cause });
    this.requestMayHaveBeenSent = options.requestMayHaveBeenSent;
  }
}

/** No complete response within the `timeout`. */
export class TimeoutError extends QodError {
  override name = "TimeoutError";
}

/** The caller's `signal` aborted the call. */
export class AbortError extends QodError {
  override name = "AbortError";
}
