// Renders one self-contained HTML API reference per spec into openapi/docs/ (git-ignored).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const specs = ["quality-on-demand", "qos-profiles"];
const redocly = `${root}/node_modules/.bin/redocly`;
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

mkdirSync(`${root}/docs`, { recursive: true });
for (const name of specs) {
  // --inlineBundle embeds the renderer, so the page opens offline with no CDN.
  try {
    execFileSync(redocly, ["build-docs", `${name}.yaml`, "--inlineBundle", "-o", `docs/${name}.html`], {
      cwd: root,
      env,
      stdio: "pipe",
    });
  } catch (error) {
    // Redocly prints banners on every run; show its output only when it failed.
    process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}`);
    process.exit(1);
  }
  console.log(`openapi/docs/${name}.html`);
}
