import pc from "picocolors";

type Colors = ReturnType<typeof pc.createColors>;

/** Where a command writes, and how. */
export interface IoOptions {
  /** Results: tables, details, or the one JSON document. */
  stdout: NodeJS.WriteStream;
  /** Notes, progress, prompts and errors. */
  stderr: NodeJS.WriteStream;
  /** Environment, for `NO_COLOR`, `FORCE_COLOR` and `TERM`. */
  env: NodeJS.ProcessEnv;
  /** Print one JSON document on stdout instead of text. @default false */
  json?: boolean;
  /** Tables with more columns (`-o wide`). @default false */
  wide?: boolean;
}

/**
 * The split every command follows: the result on stdout (text, or exactly one JSON document
 * with `--json`), everything meant for a person on stderr. Colour only reaches a terminal.
 */
export class Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly json: boolean;
  /** `-o wide`: tables show more columns. */
  readonly wide: boolean;
  /** Colours for stdout; plain when stdout is not a colour terminal or with `--json`. */
  readonly colors: Colors;
  /** Colours for stderr, decided separately: `qod … | jq` still gets coloured notes. */
  readonly errColors: Colors;
  #jsonWritten = false;

  constructor(options: IoOptions) {
    this.stdout = options.stdout;
    this.stderr = options.stderr;
    this.json = options.json ?? false;
    this.wide = options.wide ?? false;
    this.colors = pc.createColors(!this.json && colorEnabled(options.stdout, options.env));
    this.errColors = pc.createColors(colorEnabled(options.stderr, options.env));
  }

  /** A line of the result on stdout (ignored with `--json`, whose result is {@link emitJson}). */
  line(text = ""): void {
    if (!this.json) this.stdout.write(`${text}\n`);
  }

  /** A note for the person at the terminal, on stderr. */
  note(text: string): void {
    this.stderr.write(`${text}\n`);
  }

  /** The JSON result; a second call is a bug, since scripts parse exactly one document. */
  emitJson(value: unknown): void {
    if (this.#jsonWritten) throw new Error("a command tried to print a second JSON document");
    this.#jsonWritten = true;
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Prints `value` as JSON with `--json`, otherwise calls `render` for text. */
  result(value: () => unknown, render: () => void): void {
    if (this.json) this.emitJson(value());
    else render();
  }
}

/** The usual conventions: NO_COLOR wins, then FORCE_COLOR, then "is it a terminal". */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}
