import { createInterface } from "node:readline/promises";

/** Streams of {@link confirm}. */
export interface ConfirmOptions {
  /** Where the answer is read (the terminal's stdin). */
  input: NodeJS.ReadableStream;
  /** Where the question is shown (stderr, so stdout stays the result). */
  output: NodeJS.WritableStream;
  /** Gives up (as a "no") when aborted. @default never */
  signal?: AbortSignal;
}

/** Asks a yes/no question; only `y` or `yes` (any case) is a yes. */
export async function confirm(question: string, options: ConfirmOptions): Promise<boolean> {
  const rl = createInterface({ input: options.input, output: options.output, terminal: false });
  try {
    const answer = await rl.question(`${question} [y/N] `, options.signal ? { signal: options.signal } : {});
    return /^y(es)?$/i.test(answer.trim());
  } catch {
    return false;
  } finally {
    rl.close();
  }
}
