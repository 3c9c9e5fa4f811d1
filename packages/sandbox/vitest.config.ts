import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The Prism proxy check starts two Prism processes (slow to boot when CI runs suites side by
    // side on 2 cores); everything else is in-process and fast.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
