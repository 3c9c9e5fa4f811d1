// Renders one self-contained HTML API reference per spec version into openapi/docs/
// (git-ignored), e.g. docs/quality-on-demand-1.2.0-rc.3.html.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { specVersions } from "../validator.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const redocly = `${root}/node_modules/.bin/redocly`;
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

mkdirSync(`${root}/docs`, { recursive: true });
for (const { api, version } of specVersions) {
  const name = `${api}-${version}`;
  // --inlineBundle embeds the renderer, so the page opens offline with no CDN.
  try {
    execFileSync(redocly, ["build-docs", `${api}/${version}.yaml`, "--inlineBundle", "-o", `docs/${name}.html`], {
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
