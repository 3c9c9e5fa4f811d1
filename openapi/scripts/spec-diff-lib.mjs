// Classifies the changes between two versions of one spec with openapi-diff and turns its
// verbose result (whole schemas per difference) into one line per change.
import openapiDiff from "openapi-diff";

/**
 * @param {string} file name shown in the report
 * @param {string | undefined} before YAML text at the base ref (undefined: new file)
 * @param {string | undefined} after YAML text now (undefined: file removed)
 */
export async function diffSpecFiles(file, before, after) {
  if (before === undefined) return { file, status: "added", breaking: [], nonBreaking: [], unclassified: [] };
  if (after === undefined) {
    return { file, status: "removed", breaking: [`${file} was removed`], nonBreaking: [], unclassified: [] };
  }
  if (before === after) return { file, status: "unchanged", breaking: [], nonBreaking: [], unclassified: [] };
  const result = await openapiDiff.diffSpecs({
    sourceSpec: { content: before, location: `${file} (base)`, format: "openapi3" },
    destinationSpec: { content: after, location: `${file} (now)`, format: "openapi3" },
  });
  return {
    file,
    status: "changed",
    breaking: (result.breakingDifferences ?? []).map(describe),
    nonBreaking: (result.nonBreakingDifferences ?? []).map(describe),
    unclassified: (result.unclassifiedDifferences ?? []).map(describe),
  };
}

const meaning = {
  "path.remove": "path removed",
  "path.add": "path added",
  "method.remove": "operation removed",
  "method.add": "operation added",
  "request.body.scope.remove": "request body accepts less than before",
  "request.body.scope.add": "request body accepts more than before",
  "response.body.scope.add": "response body may now hold values clients did not expect (e.g. a required field dropped)",
  "response.body.scope.remove": "response body constrained further (e.g. a new field described)",
  "response.status-code.remove": "response status removed",
  "response.status-code.add": "response status added",
  "response.header.remove": "response header removed",
  "response.header.add": "response header added",
  "response.required-header.remove": "required response header removed",
  "request.header.add": "request header added",
  "request.required-header.add": "required request header added",
};

/** One line: what changed, and where (path, method, status as JSON-path-like location). */
function describe(difference) {
  const details = difference.sourceSpecEntityDetails?.length
    ? difference.sourceSpecEntityDetails
    : (difference.destinationSpecEntityDetails ?? []);
  const where = details.map((d) => d.location).join(", ") || "(document)";
  return `${meaning[difference.code] ?? difference.code} [${difference.code}] at ${where}`;
}

/** The human summary printed by `pnpm spec:diff`. */
export function formatReport(ref, reports) {
  const lines = [`Contract changes against ${ref}:`];
  for (const r of reports) {
    if (r.status === "unchanged") {
      lines.push(`  ${r.file}: unchanged`);
      continue;
    }
    if (r.status === "added") {
      lines.push(`  ${r.file}: new spec`);
      continue;
    }
    const counts = `${r.breaking.length} breaking, ${r.nonBreaking.length} non-breaking, ${r.unclassified.length} unclassified`;
    lines.push(`  ${r.file}: ${r.status === "removed" ? "removed" : counts}`);
    for (const line of r.breaking) lines.push(`    BREAKING  ${line}`);
    for (const line of r.nonBreaking) lines.push(`    ok        ${line}`);
    for (const line of r.unclassified) lines.push(`    review    ${line}`);
  }
  const breaking = reports.reduce((n, r) => n + r.breaking.length, 0);
  lines.push(
    breaking ? `${breaking} breaking change(s): bump the API's major version or undo them.` : "No breaking changes.",
  );
  return lines.join("\n");
}
