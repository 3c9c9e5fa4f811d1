#!/usr/bin/env node
// Version checks of a contract change against the merge base with main (or --base REF):
// breaking changes need a version that allows them (CAMARA's rules, see
// review/versioning.mjs), a server URL version that follows it, and a changeset bump of
// the package that ships the contract at least as high as the change.
// Exit 0: fine or nothing to compare; 1: a check failed; 2: a document could not be read.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DocumentError } from "./review/documents.mjs";
import { formatText } from "./review/format.mjs";
import { reviewFolder } from "./review/review.mjs";
import { gitSource, tryGit, workTreeSource } from "./review/sources.mjs";
import {
  breakingVersionProblem,
  changesetBump,
  levelRank,
  requiredBump,
  serverUrlVersion,
  urlVersion,
} from "./review/versioning.mjs";

const contractPackage = "@qod/api-client";
const { values } = parseArgs({ options: { base: { type: "string" }, dir: { type: "string" } } });
const specsDir = resolve(values.dir ?? resolve(import.meta.dirname, ".."));
const repoRoot = tryGit(specsDir, "rev-parse", "--show-toplevel");
const say = (message) => console.log(`spec:check: ${message}`);

function baseRef() {
  if (values.base) return { ref: values.base, note: `against ${values.base}` };
  const main = ["main", "origin/main"].find((ref) =>
    tryGit(repoRoot, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`),
  );
  const mergeBase = main && tryGit(repoRoot, "merge-base", "HEAD", main);
  if (mergeBase) return { ref: mergeBase, note: `against the merge base with ${main} (${mergeBase.slice(0, 9)})` };
  const why = main ? `no merge base with ${main} (shallow clone?)` : "no main branch here";
  if (tryGit(repoRoot, "rev-parse", "--verify", "--quiet", "HEAD~1^{commit}"))
    return { ref: "HEAD~1", note: `${why}: comparing with HEAD~1` };
  return { ref: undefined, note: `${why} and no parent commit: nothing to compare, skipped` };
}

/** Changeset files added or edited since the base. */
function newChangesets(ref) {
  const dir = join(repoRoot, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }))
    .filter(({ name, text }) => tryGit(repoRoot, "show", `${ref}:.changeset/${name}`) !== text.trim())
    .map(({ text }) => text);
}

if (!repoRoot) {
  say(`${specsDir} is not in a git repository: nothing to compare, skipped`);
  process.exit(0);
}
const { ref, note } = baseRef();
say(note);
if (!ref) process.exit(0);

let review;
try {
  review = reviewFolder(gitSource(repoRoot, ref), workTreeSource(), specsDir);
} catch (error) {
  if (!(error instanceof DocumentError)) throw error;
  console.error(`spec:check: ${error.message}`);
  process.exit(2);
}

// CI logs show the review of every contract change.
if (review.changes.length) console.log(formatText(review));

const problems = [];
for (const spec of review.specs.filter((s) => s.status === "compared" || s.status === "moved")) {
  const breaking = review.changes.filter((c) => c.spec === spec.path && c.severity === "breaking");
  if (!breaking.length) continue;
  const versionProblem = breakingVersionProblem(spec.baseVersion, spec.headVersion);
  if (versionProblem) problems.push(`${spec.path}: ${breaking.length} breaking change(s), but ${versionProblem}`);
  const urls = review.changes.filter((c) => c.spec === spec.path && c.kind === "server-url-changed");
  const expected = urlVersion(spec.headVersion);
  const headUrl = urls[0]?.after;
  if (expected && expected !== "vwip" && (!headUrl || serverUrlVersion(headUrl) !== expected)) {
    problems.push(
      `${spec.path}: ${breaking.length} breaking change(s), but the server URL still ends in another version than ${expected} (info.version ${spec.headVersion})`,
    );
  }
}
const needed = requiredBump(review);
const given = changesetBump(newChangesets(ref), contractPackage);
if (levelRank(given) < levelRank(needed)) {
  problems.push(
    `the contract change needs a "${needed}" changeset for ${contractPackage}; the changesets since ${ref.slice(0, 12)} give ${given === "none" ? "none" : `"${given}"`}`,
  );
}

if (problems.length) {
  for (const problem of problems) console.error(`spec:check: FAIL ${problem}`);
  process.exit(1);
}
say(
  `ok (${review.changes.length} change(s), ${review.breaking} breaking; ${contractPackage} bump needed: ${needed}, given: ${given})`,
);
