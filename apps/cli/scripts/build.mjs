// Bundles the CLI into dist/: one small entry that answers --version alone, and chunks each
// command loads on demand. Bundling (and minifying) matters for start-up: loading the SDK and
// the sandbox as hundreds of separate modules costs more than the work they do.
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const root = new URL("..", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const outdir = new URL("dist", root).pathname;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root.pathname,
  entryPoints: ["src/index.ts"],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: process.env.QOD_NO_MINIFY !== "1",
  sourcemap: "linked",
  chunkNames: "chunks/[name]-[hash]",
  define: { __QOD_VERSION__: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require(); give the ESM chunks one.
  banner: {
    js: 'import{createRequire as __qodCreateRequire}from"node:module";const require=__qodCreateRequire(import.meta.url);',
  },
  // A native addon: it loads its compiled binary from its own folder, so it cannot be bundled.
  external: ["better-sqlite3"],
  logLevel: "warning",
});
