// The three outputs of `spec:diff`: text for a terminal, json for tools, markdown for a
// pull-request comment (summary table, breaking changes first, then a CHANGELOG draft).
import { show } from "./changes.mjs";

const where = (change) => `${change.spec} ${change.pointer}`;
const ops = (change) => (change.operations.length ? ` [${change.operations.join(", ")}]` : "");
const tag = { breaking: "BREAKING", review: "review  ", "non-breaking": "ok      " };

/** @param {import("./review.mjs").Review} review */
export function formatText(review) {
  const lines = [`Contract changes ${review.base} → ${review.head}:`];
  for (const spec of review.specs) lines.push(`  ${spec.path}: ${specLine(spec)}`);
  for (const change of review.changes) {
    lines.push(`  ${tag[change.severity]} ${change.kind}: ${change.message}${ops(change)}`);
    lines.push(`           at ${where(change)}`);
  }
  lines.push(verdict(review));
  return lines.join("\n");
}

function specLine(spec) {
  if (spec.status === "added") return `new spec (${spec.headVersion})`;
  if (spec.status === "removed") return `removed (was ${spec.baseVersion})`;
  const moved = spec.status === "moved" ? `moved from ${spec.basePath}, ` : "";
  return `${moved}${spec.baseVersion} → ${spec.headVersion}`;
}

function verdict(review) {
  const count = (severity) => review.changes.filter((c) => c.severity === severity).length;
  if (!review.changes.length) return "No changes on the wire.";
  const summary = `${review.breaking} breaking, ${count("review")} to review, ${count("non-breaking")} non-breaking.`;
  return review.breaking ? `${summary} Breaking changes need a version that allows them (see spec:check).` : summary;
}

/** @param {import("./review.mjs").Review} review */
export function formatJson(review) {
  return JSON.stringify(review, null, 2);
}

const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");
// CAMARA's changelog sections. A change breaking in one direction (e.g. an enum narrowed
// in a request) is listed under Breaking only, not again under its other direction.
const section = {
  Added: (c) => /-added$/.test(c.kind),
  Changed: (c) => !/-(added|removed)$/.test(c.kind),
};
const removedSection = (c) => /-removed$/.test(c.kind);

/** @param {import("./review.mjs").Review} review */
export function formatMarkdown(review) {
  const lines = [`## Contract review: ${review.base} → ${review.head}`, "", verdict(review), ""];
  lines.push("| spec | versions | breaking | review | non-breaking |", "| --- | --- | --- | --- | --- |");
  for (const spec of review.specs) {
    const of = (severity) => review.changes.filter((c) => c.spec === spec.path && c.severity === severity).length;
    lines.push(`| ${spec.path} | ${specLine(spec)} | ${of("breaking")} | ${of("review")} | ${of("non-breaking")} |`);
  }
  if (review.changes.length) {
    lines.push("", "| severity | change | where | operations | before → after |", "| --- | --- | --- | --- | --- |");
    for (const c of review.changes) {
      const severity = c.severity === "breaking" ? "**breaking**" : c.severity;
      lines.push(
        `| ${severity} | ${cell(c.message)} | \`${cell(where(c))}\` | ${cell(c.operations.join(", ") || "—")} | ${cell(`${show(c.before)} → ${show(c.after)}`)} |`,
      );
    }
  }
  lines.push("", "### CHANGELOG draft", "");
  const breaking = review.changes.filter((c) => c.severity === "breaking");
  const twinOfBreaking = (c) => breaking.some((b) => b.kind === c.kind && b.pointer === c.pointer && b.spec === c.spec);
  const rest = review.changes.filter((c) => c.severity !== "breaking" && !twinOfBreaking(c));
  const bullets = (list) => (list.length ? list.map((c) => `- ${c.message}${ops(c)}`) : ["- none"]);
  const part = (title, list) => lines.push(`**${title}:**`, "", ...bullets(list), "");
  part("Added", rest.filter(section.Added));
  part("Changed", rest.filter(section.Changed));
  lines.push("**Fixed:**", "", "- (a diff cannot tell a fix from a change: add fixes by hand)", "");
  part("Removed", rest.filter(removedSection));
  lines.push("**Breaking:**", "", ...bullets(breaking));
  return lines.join("\n");
}
