import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples import the package by name, as users do; tests run them against the sources.
    alias: {
      "@qod/sdk": fileURLToPath(new URL("./src/index.ts", import.meta.url)),
      // The real sandbox, from its sources: a package dependency would make the two packages'
      // builds depend on each other (the sandbox's tests use the SDK).
      "@qod/sandbox": fileURLToPath(new URL("../sandbox/src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The sandbox compiles its validators when a suite first starts it.
    hookTimeout: 60_000,
  },
});
