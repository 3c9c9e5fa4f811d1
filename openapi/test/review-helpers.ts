// Writes spec pairs to a temp folder and reviews them, as `spec:diff --base --head` does.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse, stringify } from "yaml";
import { reviewFiles } from "../scripts/review/review.mjs";
import { workTreeSource } from "../scripts/review/sources.mjs";

export const fixture = (name: string) => new URL(`./fixtures/review/${name}`, import.meta.url).pathname;
// Specs are free-form YAML documents.
export type Doc = any;
export const loadFixture = (name: string): Doc => parse(readFileSync(fixture(name), "utf8"));

/** Writes `files` (relative path → document) for one side under a fresh folder. */
export function writeSide(files: Record<string, Doc | string>) {
  const dir = mkdtempSync(join(tmpdir(), "spec-review-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" ? content : stringify(content));
  }
  return dir;
}

/** Reviews `base` against `head` (each a set of files; the spec is `entry`). */
export function review(base: Record<string, Doc | string>, head: Record<string, Doc | string>, entry = "spec.yaml") {
  const b = join(writeSide(base), entry);
  const h = join(writeSide(head), entry);
  return reviewFiles(workTreeSource("base"), b, workTreeSource("head"), h);
}
