import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Context, Hono } from "hono";
import type { SandboxCore } from "../core.js";
import { errors } from "../domain/api-error.js";
import { adminAuthorized, BASIC_CHALLENGE } from "./admin-auth.js";
import { errorResponse, validCorrelator } from "./respond.js";

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
};

// The page loads only its own files and talks only to its own origin.
const PAGE_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

interface Asset {
  body: Buffer<ArrayBuffer>;
  type: string;
}

/** The built dashboard (`@qod/sandbox-dashboard`'s dist/), read once on first use. */
function loadAssets(): Map<string, Asset> {
  const root = join(dirname(createRequire(import.meta.url).resolve("@qod/sandbox-dashboard/package.json")), "dist");
  const assets = new Map<string, Asset>();
  const add = (path: string, file: string) => {
    const type = TYPES[file.slice(file.lastIndexOf(".") + 1)];
    if (type) assets.set(path, { body: readFileSync(file) as Buffer<ArrayBuffer>, type });
  };
  add("/", join(root, "index.html"));
  for (const name of readdirSync(join(root, "assets"))) add(`/assets/${name}`, join(root, "assets", name));
  return assets;
}

/** Serves the dashboard at `/` (and its hashed assets), guarded like the control API. */
export function registerDashboardRoute(app: Hono, core: SandboxCore): void {
  let assets: Map<string, Asset> | undefined;
  const serve = (c: Context) => {
    const correlator = validCorrelator(c.req.raw.headers);
    if (!adminAuthorized(core, c.req.header("authorization"))) {
      const response = errorResponse(errors.unauthenticated(), correlator);
      response.headers.set("www-authenticate", BASIC_CHALLENGE);
      return response;
    }
    try {
      assets ??= loadAssets();
    } catch (error) {
      core.logger.warn(`the dashboard is not available: ${(error as Error).message}`);
      return errorResponse(errors.notFound("The dashboard is not built: run `pnpm build`."), correlator);
    }
    const asset = assets.get(c.req.path);
    if (!asset) return errorResponse(errors.notFound(`No route for GET ${c.req.path.slice(0, 200)}.`), correlator);
    // Asset names carry a content hash: cache them for good; the page itself is always revalidated.
    const cache = c.req.path === "/" ? "no-cache" : "public, max-age=31536000, immutable";
    return new Response(asset.body, {
      headers: { "content-type": asset.type, "cache-control": cache, ...PAGE_HEADERS },
    });
  };
  app.get("/", serve);
  app.get("/assets/:file", serve);
}
