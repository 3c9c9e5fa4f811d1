import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end files spawn the built binary a few dozen times; give them room on slow CI.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
