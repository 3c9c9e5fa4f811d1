import { QodError } from "./qod-error.js";
/** The request could not be sent or its response not read (refused, reset, DNS...). */
export declare class ConnectionError extends QodError {
  name: string;
  /**
   * False when the request surely never reached the provider (connection refused, DNS failure),
   * so sending it again cannot repeat it.
   */
  readonly requestMayHaveBeenSent: boolean;
  constructor(
    message: string,
    options: {
      cause?: unknown;
      requestMayHaveBeenSent: boolean;
    },
  );
}
/** No complete response within the `timeout`. */
export declare class TimeoutError extends QodError {
  name: string;
}
/** The caller's `signal` aborted the call. */
export declare class AbortError extends QodError {
  name: string;
}
//# sourceMappingURL=transport-errors.d.ts.map
