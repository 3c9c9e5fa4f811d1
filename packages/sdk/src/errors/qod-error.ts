/** The base of every error the SDK throws. */
export class QodError extends Error {
  override name = "QodError";

  /** Plain data for logs and `--json` output; never holds a token. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}
