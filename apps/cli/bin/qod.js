#!/usr/bin/env node
// The CLI is bundled into dist/ by `pnpm build`; say so rather than crash when it is missing.
import("../dist/index.js").catch((error) => {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/index.js")) {
    process.stderr.write("qod is not built yet: run `pnpm build` at the repository root\n");
    process.exit(1);
  }
  throw error;
});
