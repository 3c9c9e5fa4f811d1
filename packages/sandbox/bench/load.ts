import { createRequire } from "node:module";

// autocannon ships no types; it is driven with plain option objects.
const autocannon = createRequire(import.meta.url)("autocannon");

export interface LoadResult {
  requestsPerSecond: number;
  /** Requests completed in the run. */
  total: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  /** autocannon request steps, run in order by every connection. */
  requests: any[];
  headers?: Record<string, string>;
  /** Seconds. */
  duration: number;
  connections: number;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({ ...options, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
