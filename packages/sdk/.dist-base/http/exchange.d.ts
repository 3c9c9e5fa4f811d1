import type { Middleware } from "@qod/api-client";
/** What one attempt saw: the correlator it sent and the response status and echo. */
export interface Exchange {
  /** The `x-correlator` sent. */
  correlator: string;
  /** The response status, once a response arrived. */
  status?: number;
  /** The `x-correlator` the provider echoed, if any. */
  echoedCorrelator?: string;
}
/**
 * Per-call middleware: sets the call's `x-correlator` (the same one on every retry, so the
 * provider can tie them together) and records what came back.
 */
export declare function exchangeMiddleware(exchange: Exchange): Middleware;
//# sourceMappingURL=exchange.d.ts.map
