// Wildcard matching for fault paths, `*` matching any run of characters (other characters are
// literal). A pattern is literal pieces between stars: the first piece must start the text, the
// last must end it, and the ones between are each found at their leftmost place after the
// previous one. Taking the leftmost place never loses a match, so nothing is retried, and each
// piece is found with Knuth–Morris–Pratt: time O(text + pattern), unlike a backtracking regex.

/** Longest glob the control API accepts. */
export const MAX_GLOB_LENGTH = 256;
/** Longest request path a glob is tried on; longer paths match only faults without a path. */
export const MAX_MATCHED_PATH_LENGTH = 2048;

/** Counts the character comparisons a match made (tests use it to show the time is linear). */
export interface MatchMeter {
  steps: number;
}

/** A glob split once into its literal pieces, ready to match many texts. */
export interface CompiledGlob {
  readonly pieces: readonly string[];
  /** Each piece's KMP failure table. */
  readonly failures: readonly Int32Array[];
}

function failureTable(piece: string): Int32Array {
  const table = new Int32Array(piece.length);
  let k = 0;
  for (let i = 1; i < piece.length; i++) {
    while (k > 0 && piece[i] !== piece[k]) k = table[k - 1] as number;
    if (piece[i] === piece[k]) k++;
    table[i] = k;
  }
  return table;
}

export function compileGlob(glob: string): CompiledGlob {
  const pieces = glob.split("*");
  return { pieces, failures: pieces.map(failureTable) };
}

// The end index of the leftmost occurrence of `piece` in text[from, to), or -1.
function findEnd(
  text: string,
  from: number,
  to: number,
  piece: string,
  failure: Int32Array,
  meter?: MatchMeter,
): number {
  if (piece.length === 0) return from;
  let k = 0;
  for (let i = from; i < to; i++) {
    while (k > 0 && text[i] !== piece[k]) {
      k = failure[k - 1] as number;
      if (meter) meter.steps++;
    }
    if (meter) meter.steps++;
    if (text[i] === piece[k]) k++;
    if (k === piece.length) return i + 1;
  }
  return -1;
}

/** Whether the whole text matches the glob. */
export function matchGlob(glob: CompiledGlob, text: string, meter?: MatchMeter): boolean {
  const { pieces, failures } = glob;
  const first = pieces[0] as string;
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1] as string;
  if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  if (meter) meter.steps += first.length + last.length;
  // The middle pieces must fit between the first and the last without overlapping them.
  let position = first.length;
  const end = text.length - last.length;
  for (let p = 1; p < pieces.length - 1; p++) {
    position = findEnd(text, position, end, pieces[p] as string, failures[p] as Int32Array, meter);
    if (position < 0) return false;
  }
  return true;
}
