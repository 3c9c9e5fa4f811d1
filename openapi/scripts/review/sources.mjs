// Where spec text comes from: the work tree, or a git commit (every file, shared ones too,
// is read at that commit, so a change made only in a shared file is seen).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Folders under openapi/ that never hold contract documents. */
const skipped = new Set(["node_modules", "docs", "test", "bench", "scripts", "spectral", "dist"]);

/**
 * @typedef {object} Source
 * @property {string} label shown in reports ("work tree", a ref, a file name)
 * @property {(absolutePath: string) => string} read throws when the file does not exist
 * @property {(dir: string) => string[]} listYaml absolute paths of *.yaml / *.yml under dir
 */

/** @returns {Source} */
export function workTreeSource(label = "work tree") {
  return {
    label,
    read: (file) => readFileSync(file, "utf8"),
    listYaml(dir) {
      const found = [];
      const walk = (folder) => {
        for (const name of readdirSync(folder)) {
          const full = join(folder, name);
          if (statSync(full).isDirectory()) {
            if (!skipped.has(name) && !name.startsWith(".")) walk(full);
          } else if (/\.ya?ml$/.test(name)) found.push(full);
        }
      };
      walk(dir);
      return found.sort();
    },
  };
}

/** @returns {Source} files as they are at `ref` in the repository at `repoRoot` */
export function gitSource(repoRoot, ref) {
  const git = (...args) =>
    execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1e8 });
  const toRepoPath = (file) => relative(repoRoot, file).split(sep).join("/");
  return {
    label: ref,
    read(file) {
      try {
        return git("show", `${ref}:${toRepoPath(file)}`);
      } catch {
        throw new Error(`${toRepoPath(file)} does not exist at ${ref}`);
      }
    },
    listYaml(dir) {
      const prefix = toRepoPath(dir);
      return git("ls-tree", "-r", "--name-only", ref, "--", prefix)
        .split("\n")
        .filter((path) => /\.ya?ml$/.test(path))
        .filter(
          (path) =>
            !path
              .slice(prefix.length + 1)
              .split("/")
              .slice(0, -1)
              .some((part) => skipped.has(part)),
        )
        .map((path) => join(repoRoot, path))
        .sort();
    },
  };
}

/** Runs git in `cwd`; undefined when git fails (no such ref, not a repository). */
export function tryGit(cwd, ...args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch {
    return undefined;
  }
}
