/** A loopback port that was free a moment ago. */
export declare function findFreePort(host: string): Promise<number>;
/** Whether host:port can be bound right now. */
export declare function isPortFree(host: string, port: number): Promise<boolean>;
/** Options of {@link waitForPort}. */
export interface WaitForPortOptions {
  /** Interface to connect to, e.g. `127.0.0.1`. */
  host: string;
  /** TCP port to connect to. */
  port: number;
  /** Give up after this long, in milliseconds. */
  timeoutMs: number;
  /** Settles when the process that should listen has exited; waiting stops then. @default never */
  exited?: Promise<unknown>;
  /** A second condition besides a successful connection, e.g. "the process said it listens". @default always true */
  ready?: () => boolean;
}
/** Resolves once a TCP connection succeeds and `ready()` holds; rejects when `exited` settles first or after `timeoutMs`. */
export declare function waitForPort(options: WaitForPortOptions): Promise<void>;
