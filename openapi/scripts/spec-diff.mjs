#!/usr/bin/env node
// Breaking changes of the contract, one line per change. Exit 1 when any change is breaking.
//   pnpm spec:diff [git-ref] [--json]       every version file now against the same file at a ref
//                                            (default: main)
//   pnpm spec:diff <from.yaml> <to.yaml>     two version files of the working tree, e.g.
//                                            quality-on-demand/1.1.0.yaml quality-on-demand/1.2.0-rc.3.yaml
// Documents are compared bundled (shared definitions copied in), so a change in openapi/common/
// shows up in every version that uses it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleSpec } from "../bundle.mjs";
import { diffSpecFiles, formatReport } from "./spec-diff-lib.mjs";

const args = process.argv.slice(2);
const json = args.includes("--json");
const positional = args.filter((a) => !a.startsWith("--"));
const specsDir = new URL("..", import.meta.url).pathname;

/** Every version file under a contract folder, as `api/version.yaml` (shared files excluded). */
function versionFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (["node_modules", "common", "test", "docs"].includes(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".yaml") && readFileSync(path, "utf8").startsWith("openapi:")) found.push(path);
    }
  };
  walk(root);
  // Before versioned folders, `quality-on-demand.yaml` held 1.1.0: name it as its folder would.
  return new Map(
    found.map((path) => {
      const rel = relative(root, path);
      if (rel.includes("/")) return [rel, path];
      const version = /^\s+version:\s*"?([^"\s]+)"?/m.exec(readFileSync(path, "utf8"))?.[1];
      return [`${rel.replace(/\.yaml$/, "")}/${version}.yaml`, path];
    }),
  );
}

const bundled = (path) => JSON.stringify(bundleSpec(pathToFileURL(path)));
const reports = [];
let label;

if (positional.length === 2 && positional.every((p) => p.endsWith(".yaml"))) {
  const [from, to] = positional;
  label = from;
  reports.push(await diffSpecFiles(to, bundled(join(specsDir, from)), bundled(join(specsDir, to))));
} else {
  const ref = positional[0] ?? "main";
  label = ref;
  const baseDir = mkdtempSync(join(tmpdir(), "qod-spec-diff-"));
  try {
    try {
      execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: specsDir, stdio: "ignore" });
      // The ref's openapi/ folder, whole, so its shared files resolve as they did then.
      const archive = execFileSync("git", ["archive", ref, "."], { cwd: specsDir, maxBuffer: 64 * 1024 * 1024 });
      execFileSync("tar", ["-x", "-C", baseDir], { input: archive });
    } catch {
      console.error(`spec:diff: '${ref}' is not a git commit, branch or tag. Usage: pnpm spec:diff [git-ref]`);
      process.exit(2);
    }
    const base = versionFiles(baseDir);
    const now = versionFiles(specsDir);
    for (const file of [...new Set([...base.keys(), ...now.keys()])].sort()) {
      const before = base.has(file) ? bundled(base.get(file)) : undefined;
      const after = now.has(file) ? bundled(now.get(file)) : undefined;
      reports.push(await diffSpecFiles(file, before, after));
    }
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }
}

if (json) console.log(JSON.stringify(reports, null, 2));
else console.log(formatReport(label, reports));
process.exit(reports.some((r) => r.breaking.length > 0) ? 1 : 0);
