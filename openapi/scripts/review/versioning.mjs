// CAMARA's versioning rules, as far as a diff can check them.
// - Public versions x.y.z: a breaking change needs the next major (x+1); for initial
//   versions 0.y.z it needs the next minor (0.y+1).
// - Pre-releases (x.y.z-alpha.m, x.y.z-rc.n) exist to change the API before its release:
//   pre-releases of one target version, and that version's release, may differ in anything.
// - "wip" versions are work in progress: nothing is checked.
// - The server URL carries the version: vX for x > 0, v0.Y for initial versions, with the
//   pre-release appended (1.2.0-rc.3 → v1rc3, 0.4.0-alpha.1 → v0.4alpha1).

/** @typedef {{major: number, minor: number, patch: number, pre: {name: string, n: number} | null}} Version */

/** @returns {Version | "wip" | undefined} */
export function parseVersion(text) {
  if (text === "wip") return "wip";
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-(alpha|rc)\.(\d+))?$/.exec(String(text ?? ""));
  if (!m) return undefined;
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ? { name: m[4], n: +m[5] } : null };
}

/** The version segment CAMARA puts in the server URL for an API version. */
export function urlVersion(text) {
  const v = parseVersion(text);
  if (v === "wip") return "vwip";
  if (!v) return undefined;
  const main = v.major > 0 ? `v${v.major}` : `v0.${v.minor}`;
  return v.pre ? `${main}${v.pre.name}${v.pre.n}` : main;
}

/** The last path segment of a server URL that looks like a version ("v1", "v0.4", "v1rc3"). */
export function serverUrlVersion(url) {
  return /\/(v[^/]+)\/?$/.exec(String(url ?? ""))?.[1];
}

const sameTarget = (a, b) => a.major === b.major && a.minor === b.minor && a.patch === b.patch;

/**
 * Why `head` is not a version that may carry a breaking change made since `base`, or
 * undefined when it may.
 */
export function breakingVersionProblem(baseText, headText) {
  const base = parseVersion(baseText);
  const head = parseVersion(headText);
  if (base === "wip" || head === "wip") return undefined;
  if (!base || !head)
    return `info.version must be x.y.z, x.y.z-alpha.m, x.y.z-rc.n or wip (found ${!base ? baseText : headText})`;
  if (base.pre && sameTarget(base, head)) {
    if (!head.pre || head.pre.name > base.pre.name || (head.pre.name === base.pre.name && head.pre.n > base.pre.n))
      return undefined;
    return `info.version ${headText} must come after ${baseText} (next pre-release or the release)`;
  }
  if (base.major > 0 && head.major <= base.major) {
    return `info.version ${baseText} → ${headText}: a breaking change needs a major version (${base.major + 1}.0.0 or a pre-release of it)`;
  }
  if (base.major === 0 && head.major === 0 && head.minor <= base.minor) {
    return `info.version ${baseText} → ${headText}: a breaking change of an initial version needs the next minor (0.${base.minor + 1}.0 or a pre-release of it)`;
  }
  return undefined;
}

const levels = ["none", "patch", "minor", "major"];
export const levelRank = (level) => Math.max(0, levels.indexOf(level));

/** The bump a contract change needs in the package that ships it. */
export function requiredBump(review) {
  if (review.breaking) return "major";
  return review.changes.some((c) => c.kind !== "version-changed") ? "minor" : "none";
}

/** The highest bump `packageName` gets in changeset files (their text). */
export function changesetBump(texts, packageName) {
  let best = "none";
  for (const text of texts) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
    for (const line of front.split(/\r?\n/)) {
      const m = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (m && m[1] === packageName && levelRank(m[2]) > levelRank(best)) best = m[2];
    }
  }
  return best;
}
