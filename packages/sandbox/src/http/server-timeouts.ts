/** How long a client may take to send a request to a served sandbox. */
export interface ServerTimeouts {
  /** From the start of a request to the end of its headers, in ms. @default 10000 */
  headersMs?: number;
  /** From the start of a request to the end of its body, in ms; not less than `headersMs`. @default 20000 */
  requestMs?: number;
}

export const DEFAULT_SERVER_TIMEOUTS: Readonly<Required<ServerTimeouts>> = { headersMs: 10_000, requestMs: 20_000 };

/** Node's server options for the timeouts: each checked every second (or more often for short ones). */
export interface NodeTimeoutOptions {
  headersTimeout: number;
  requestTimeout: number;
  connectionsCheckingInterval: number;
}

/**
 * Node checks the timeouts only every `connectionsCheckingInterval` (30 s by default), which
 * would let a slow client hold a socket up to twice as long: check at least once a second.
 */
export function nodeTimeoutOptions(timeouts: ServerTimeouts = {}): NodeTimeoutOptions {
  const headersMs = timeouts.headersMs ?? DEFAULT_SERVER_TIMEOUTS.headersMs;
  const requestMs = timeouts.requestMs ?? Math.max(headersMs, DEFAULT_SERVER_TIMEOUTS.requestMs);
  for (const [name, value] of [
    ["headersMs", headersMs],
    ["requestMs", requestMs],
  ] as const)
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`serverTimeouts.${name} must be a positive integer of ms, got ${String(value)}`);
  if (headersMs > requestMs)
    throw new RangeError(`serverTimeouts.headersMs (${headersMs}) must not be greater than requestMs (${requestMs})`);
  return {
    headersTimeout: headersMs,
    requestTimeout: requestMs,
    connectionsCheckingInterval: Math.max(1, Math.min(1000, Math.floor(headersMs / 4))),
  };
}
