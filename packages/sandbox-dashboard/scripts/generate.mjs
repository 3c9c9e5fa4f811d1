// Generates src/generated/sandbox-control.ts, the control API's types, from its contract in the sandbox package.
import { mkdir, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

const spec = new URL("../../sandbox/openapi/sandbox-control.yaml", import.meta.url);
const outDir = new URL("../src/generated/", import.meta.url);
const HEADER =
  "// Generated from packages/sandbox/openapi/sandbox-control.yaml by scripts/generate.mjs. Do not edit: run `pnpm generate`.\n";

await mkdir(outDir, { recursive: true });
await writeFile(new URL("sandbox-control.ts", outDir), `${HEADER}\n${astToString(await openapiTS(spec))}`);
console.log("generated src/generated/sandbox-control.ts");
