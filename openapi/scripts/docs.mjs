// Renders one self-contained HTML API reference per spec into openapi/docs/ (git-ignored).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const specs = ["quality-on-demand", "qos-profiles"];
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

mkdirSync(`${root}/docs`, { recursive: true });
for (const name of specs) {
  // --inlineBundle embeds the renderer, so the page opens offline with no CDN.
  execFileSync("redocly", ["build-docs", `${name}.yaml`, "--inlineBundle", "-o", `docs/${name}.html`], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log(`openapi/docs/${name}.html`);
}
