#!/usr/bin/env node
// Semantic diff of the contract.
//   pnpm spec:diff [git-ref] [--format text|json|markdown]   openapi/ at a ref against the work tree
//   pnpm spec:diff --base FILE --head FILE [--format ...]     any two spec files
//   --dir FOLDER: review the specs of another folder (default: openapi/)
// Exit 0: nothing breaking; 1: breaking changes; 2: a document could not be read or resolved.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DocumentError } from "./review/documents.mjs";
import { formatJson, formatMarkdown, formatText } from "./review/format.mjs";
import { reviewFiles, reviewFolder } from "./review/review.mjs";
import { gitSource, tryGit, workTreeSource } from "./review/sources.mjs";

const usage = "Usage: pnpm spec:diff [git-ref] [--base FILE --head FILE] [--format text|json|markdown]";
const formats = { text: formatText, json: formatJson, markdown: formatMarkdown };

function fail(message) {
  console.error(`spec:diff: ${message}`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      dir: { type: "string" },
      format: { type: "string", default: "text" },
    },
  });
} catch (error) {
  fail(`${error.message}\n${usage}`);
}
const { values, positionals } = options;
const format = formats[values.format];
// --dir: another folder of specs (tests use throw-away repositories).
const specsDir = resolve(values.dir ?? resolve(import.meta.dirname, ".."));
if (!format) fail(`--format must be text, json or markdown, not "${values.format}".\n${usage}`);

try {
  let review;
  if (values.base || values.head) {
    if (!values.base || !values.head || positionals.length)
      fail(`--base and --head go together, without a git ref.\n${usage}`);
    const from = process.env.INIT_CWD ?? process.cwd();
    const base = resolve(from, values.base);
    const head = resolve(from, values.head);
    review = reviewFiles(workTreeSource(values.base), base, workTreeSource(values.head), head);
  } else {
    const ref = positionals[0] ?? "main";
    const repoRoot = tryGit(specsDir, "rev-parse", "--show-toplevel");
    if (!repoRoot || tryGit(specsDir, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`) === undefined) {
      fail(`'${ref}' is not a git commit, branch or tag here.\n${usage}`);
    }
    review = reviewFolder(gitSource(repoRoot, ref), workTreeSource(), specsDir);
  }
  console.log(format(review));
  process.exitCode = review.breaking ? 1 : 0;
} catch (error) {
  if (error instanceof DocumentError) fail(error.message);
  throw error;
}
