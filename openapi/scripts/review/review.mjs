// The review of one contract change: finds the specs on both sides, pairs them, compares
// each pair and returns the json report shape of `spec:diff`.
import { basename, relative, sep } from "node:path";
import { parse } from "yaml";
import { ChangeLog } from "./changes.mjs";
import { DocumentError, DocumentSet } from "./documents.mjs";
import { compareSpecs } from "./spec-compare.mjs";

/**
 * @typedef {object} Review
 * @property {string} base
 * @property {string} head
 * @property {{path: string, basePath: string | null, headPath: string | null, title: string,
 *   baseVersion: string | null, headVersion: string | null, status: string}[]} specs
 * @property {import("./changes.mjs").Change[]} changes
 * @property {number} breaking
 */

/**
 * Specs under `dir`: YAML files whose top level has `openapi` and at least one path
 * (shared files of definitions are followed through $refs, not reviewed on their own).
 * @param {import("./sources.mjs").Source} source
 */
export function discoverSpecs(source, dir) {
  const specs = [];
  for (const file of source.listYaml(dir)) {
    let document;
    try {
      document = parse(source.read(file), { maxAliasCount: -1 });
    } catch (error) {
      throw new DocumentError(`${file} (${source.label}) is not valid YAML: ${error.message.split("\n")[0]}`);
    }
    if (document?.openapi && Object.keys(document.paths ?? {}).length) {
      specs.push({ file, title: document.info?.title ?? basename(file), version: document.info?.version ?? null });
    }
  }
  return specs;
}

/**
 * Pairs base and head specs by path; a spec that moved (same title, other path) is paired
 * with the moved copy of the same version, else the lowest version under that title.
 */
export function pairSpecs(baseSpecs, headSpecs, dir) {
  const rel = (spec) => relative(dir, spec.file).split(sep).join("/");
  const pairs = [];
  const unmatchedHead = new Set(headSpecs);
  const unmatchedBase = [];
  for (const spec of baseSpecs) {
    const same = headSpecs.find((h) => rel(h) === rel(spec));
    if (same) {
      pairs.push([spec, same]);
      unmatchedHead.delete(same);
    } else unmatchedBase.push(spec);
  }
  for (const spec of unmatchedBase) {
    const candidates = [...unmatchedHead].filter((h) => h.title === spec.title);
    const moved = candidates.find((h) => h.version === spec.version) ?? candidates.sort(byVersion)[0];
    if (moved) unmatchedHead.delete(moved);
    pairs.push([spec, moved]);
  }
  for (const spec of unmatchedHead) pairs.push([undefined, spec]);
  return pairs.map(([b, h]) => ({
    base: b,
    head: h,
    path: rel(h ?? b),
    basePath: b ? rel(b) : null,
    headPath: h ? rel(h) : null,
  }));
}

const byVersion = (a, b) => String(a.version).localeCompare(String(b.version), "en", { numeric: true });

/**
 * Reviews every spec under `dir` at two sources (e.g. a git ref and the work tree).
 * @returns {Review}
 */
export function reviewFolder(baseSource, headSource, dir) {
  const pairs = pairSpecs(discoverSpecs(baseSource, dir), discoverSpecs(headSource, dir), dir);
  return reviewPairs(baseSource, headSource, pairs);
}

/** Reviews two given files (any two: ours against an official release, two versions). */
export function reviewFiles(baseSource, baseFile, headSource, headFile) {
  const spec = { file: baseFile, title: "", version: null };
  const pair = { base: spec, head: { ...spec, file: headFile }, path: headSource.label, basePath: baseSource.label };
  return reviewPairs(baseSource, headSource, [{ ...pair, headPath: headSource.label, files: true }]);
}

function reviewPairs(baseSource, headSource, pairs) {
  const log = new ChangeLog();
  const specs = [];
  for (const pair of pairs) {
    const base = pair.base && new DocumentSet(baseSource, pair.base.file);
    const head = pair.head && new DocumentSet(headSource, pair.head.file);
    const info = (docs) => docs?.root.value.info ?? {};
    const status = !base
      ? "added"
      : !head
        ? "removed"
        : pair.basePath === pair.headPath || pair.files
          ? "compared"
          : "moved";
    specs.push({
      path: pair.path,
      basePath: pair.basePath,
      headPath: pair.headPath,
      title: info(head ?? base).title ?? pair.path,
      baseVersion: base ? (info(base).version ?? null) : null,
      headVersion: head ? (info(head).version ?? null) : null,
      status,
    });
    if (!base)
      log.add({
        spec: pair.path,
        kind: "spec-added",
        pointer: "/",
        after: info(head).version ?? null,
        message: `new spec ${pair.path}`,
      });
    else if (!head)
      log.add({
        spec: pair.path,
        kind: "spec-removed",
        pointer: "/",
        before: info(base).version ?? null,
        message: `spec ${pair.path} was removed`,
      });
    else compareSpecs({ base, head }, log, pair.path);
  }
  const changes = log.list();
  return {
    base: baseSource.label,
    head: headSource.label,
    specs,
    changes,
    breaking: changes.filter((c) => c.severity === "breaking").length,
  };
}
