/** The base of every error the SDK throws. */
export declare class QodError extends Error {
  name: string;
  /** Plain data for logs and `--json` output; never holds a token. */
  toJSON(): Record<string, unknown>;
}
//# sourceMappingURL=qod-error.d.ts.map
