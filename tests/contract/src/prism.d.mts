import type { SpecName } from "@qod/openapi/validator";

/** Options of {@link startPrism}. */
export interface StartPrismOptions {
  /** Which contract document to mock: the QoD spec or the QoS Profiles spec. */
  spec: SpecName;
  /** Interface Prism listens on; keep it loopback. @default "127.0.0.1" */
  host?: string;
  /** TCP port; when left out a free one is picked (and re-picked if another process takes it first). */
  port?: number;
  /** How long to wait for Prism to accept connections before giving up, in milliseconds (generous: CI runs many suites at once on 2 cores). @default 120000 */
  readyTimeoutMs?: number;
  /** Receives Prism's stdout and stderr as they arrive, e.g. to show its request log. @default none */
  onOutput?: (text: string) => void;
}

/** A running `prism mock`. */
export interface PrismMock {
  /** Root URL of the mock, e.g. `http://127.0.0.1:43121`; Prism ignores the spec's base path. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** Process id of the Prism process. */
  pid: number;
  /** Settles with Prism's exit code (null when a signal ended it) once the process has exited. */
  exited: Promise<number | null>;
  /** Stops Prism (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
  /** The last 16 KiB of Prism's output. */
  output(): string;
}

/** Prism exited or never listened; `output` is the tail of what it printed. */
export declare class PrismStartError extends Error {
  readonly output: string;
  constructor(message: string, output: string);
}

/** Starts `prism mock -h HOST -p PORT <spec file>` and resolves once it accepts connections. */
export declare function startPrism(options: StartPrismOptions): Promise<PrismMock>;

/** Options of {@link launchPrism}: a spec file path instead of a spec name, and a fixed port. */
export interface LaunchPrismOptions extends Omit<StartPrismOptions, "spec" | "port"> {
  /** Path of the OpenAPI document to mock. */
  specPath: string;
  /** TCP port; must be free. */
  port: number;
}

/** Runs Prism on any spec file and port, without the free-port checks of {@link startPrism}. */
export declare function launchPrism(options: LaunchPrismOptions): Promise<PrismMock>;

/** Absolute path of the Prism CLI's entry script. */
export declare function prismEntry(): string;
