import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One Prism per spec for the whole run; see src/global-setup.mjs.
    globalSetup: ["./src/global-setup.mjs"],
    include: ["test/**/*.test.ts"],
  },
});
