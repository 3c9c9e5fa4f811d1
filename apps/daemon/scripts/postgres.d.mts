/** A PostgreSQL server for tests and benchmarks, in a temp folder on a free loopback port. */
export interface TestPostgres {
  url: string;
  /** Stops the server (`immediate`: as if the machine lost it); the data stays. */
  stop(mode?: "fast" | "immediate"): void;
  /** Starts it again on the same port. */
  start(): void;
  /** CPU seconds the server's processes used so far (Linux /proc; for benchmarks). */
  cpuSeconds(): number;
  /** Stops it and removes its folder. */
  destroy(): void;
}

export function freePort(): Promise<number>;
export function startPostgres(): Promise<TestPostgres>;
