// Sizes of the built dashboard (raw and gzipped); with --check, fails when it passes the budget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_GZIP_BYTES = 100 * 1024;

/** Every file of dist/ with its raw and gzipped size, and the totals. */
export function bundleSize(dist = fileURLToPath(new URL("../dist/", import.meta.url))) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const content = readFileSync(path);
        files.push({
          file: path.slice(dist.length),
          bytes: content.length,
          gzipBytes: gzipSync(content, { level: 9 }).length,
        });
      }
    }
  };
  walk(dist);
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, bytes: sum("bytes"), gzipBytes: sum("gzipBytes") };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, bytes, gzipBytes } = bundleSize();
  for (const f of files) console.log(`${f.file}: ${f.bytes} B, ${f.gzipBytes} B gzipped`);
  console.log(
    `total: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped (budget 100 KB gzipped)`,
  );
  if (process.argv.includes("--check") && gzipBytes > BUDGET_GZIP_BYTES) {
    console.error("the dashboard is over its budget of 100 KB gzipped: trim a dependency or a view");
    process.exit(1);
  }
}
