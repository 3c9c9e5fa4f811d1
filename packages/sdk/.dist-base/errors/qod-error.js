/** The base of every error the SDK throws. */
export class QodError extends Error {
  name = "QodError";
  /** Plain data for logs and `--json` output; never holds a token. */
  toJSON() {
    return { name: this.name, message: this.message };
  }
}
//# sourceMappingURL=qod-error.js.map
