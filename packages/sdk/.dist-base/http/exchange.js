/**
 * Per-call middleware: sets the call's `x-correlator` (the same one on every retry, so the
 * provider can tie them together) and records what came back.
 */
export function exchangeMiddleware(exchange) {
  return {
    onRequest({ request }) {
      request.headers.set("x-correlator", exchange.correlator);
      return undefined;
    },
    onResponse({ response }) {
      exchange.status = response.status;
      const echoed = response.headers.get("x-correlator");
      if (echoed) exchange.echoedCorrelator = echoed;
      return undefined;
    },
  };
}
//# sourceMappingURL=exchange.js.map
