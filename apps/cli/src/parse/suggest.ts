import { distance } from "fastest-levenshtein";

/**
 * The candidate a mistyped word most likely meant: the same word in another case, else the
 * closest within a few edits (a third of its length, at least 2). Undefined when none is close.
 */
export function closestMatch(given: string, candidates: readonly string[]): string | undefined {
  const folded = given.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === folded);
  if (sameLetters !== undefined) return sameLetters;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(given.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(folded, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean X?` when a candidate is close, else "". */
export function didYouMean(given: string, candidates: readonly string[]): string {
  const match = closestMatch(given, candidates);
  return match === undefined ? "" : `; did you mean ${match}?`;
}
