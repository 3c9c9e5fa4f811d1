import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Fields that may hold a secret; pino replaces their values before a line is written. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "*.*.accessToken",
  "sinkCredential",
  "*.sinkCredential",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "req.headers.authorization",
  "headers['x-rapidapi-key']",
  "*.headers['x-rapidapi-key']",
  "apiToken",
  "*.apiToken",
];

/** Options for createLogger. */
export interface LoggerOptions {
  /** Minimum level written. @default "info" */
  level?: string;
  /** Where JSON lines go. @default stdout */
  destination?: DestinationStream;
}

/** JSON lines to stdout with secrets redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      name: "qodd",
      level: options.level ?? "info",
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
