import { defineConfig } from "vite";

// Preact's JSX through esbuild's own transform: no Babel plugin needed.
export default defineConfig({
  base: "./",
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // One script and one stylesheet: the sandbox serves them from memory.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
