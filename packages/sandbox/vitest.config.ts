import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The Prism proxy check starts two Prism processes; everything else is in-process and fast.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
