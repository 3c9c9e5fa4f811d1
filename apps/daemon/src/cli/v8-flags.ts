// Set before anything else is loaded (bin/qodd.js). A long-running daemon holding thousands of
// sessions is better served by a compact heap than by peak speed: with 10,000 sessions this cut
// RSS from about 280 MB to about 150 MB for roughly 25% more CPU (see the benchmark).
import { setFlagsFromString } from "node:v8";

/** The V8 flags qodd runs with. */
export const V8_FLAGS = "--optimize-for-size";

export function applyV8Flags(): void {
  setFlagsFromString(V8_FLAGS);
}
