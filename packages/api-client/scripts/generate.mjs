// Generates src/generated/ from the contract in openapi/: the types (openapi-typescript),
// the known profile catalogue as runtime data, and both documents as JSON for validators.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const specsDir = new URL("../../../openapi/", import.meta.url);
const outDir = new URL("../src/generated/", import.meta.url);
const HEADER = "// Generated from openapi/ by scripts/generate.mjs. Do not edit: run `pnpm generate`.\n";

const specs = [
  { file: "quality-on-demand.yaml", module: "quality-on-demand", constName: "qualityOnDemandDocument" },
  { file: "qos-profiles.yaml", module: "qos-profiles", constName: "qosProfilesDocument" },
];

await mkdir(outDir, { recursive: true });
const documents = [];
for (const spec of specs) {
  const url = new URL(spec.file, specsDir);
  const ast = await openapiTS(url);
  await writeFile(new URL(`${spec.module}.ts`, outDir), `${HEADER}\n${astToString(ast)}`);
  documents.push({ ...spec, document: parse(await readFile(url, "utf8")) });
}

// Documents as plain data, so validators (ajv) can use the contract at run time.
const documentsSource = documents
  .map(
    ({ constName, document }) => `export const ${constName}: OpenApiDocument = ${JSON.stringify(document, null, 2)};\n`,
  )
  .join("\n");
await writeFile(
  new URL("documents.ts", outDir),
  `${HEADER}\n/** An OpenAPI 3.0 document as parsed JSON. */\nexport type OpenApiDocument = { readonly [key: string]: unknown };\n\n${documentsSource}`,
);

// The known catalogue: labels from the KnownQosProfile enum, descriptions from x-enumDescriptions.
const qod = documents[0].document;
const known = qod.components.schemas.KnownQosProfile;
const catalogue = known.enum.map((name) => {
  const description = known["x-enumDescriptions"]?.[name];
  if (!description) throw new Error(`KnownQosProfile: ${name} has no entry in x-enumDescriptions`);
  return { name, description };
});
await writeFile(
  new URL("catalogue.ts", outDir),
  `${HEADER}
/** The QoS profile labels known across providers, with what each one means. */
export const knownQosProfiles = ${JSON.stringify(catalogue, null, 2)} as const;

/** One of the known QoS profile labels. */
export type KnownQosProfile = (typeof knownQosProfiles)[number]["name"];
`,
);
console.log(`generated ${specs.length} type modules, documents.ts and catalogue.ts (${catalogue.length} profiles)`);
