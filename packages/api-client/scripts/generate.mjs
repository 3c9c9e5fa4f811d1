// Generates src/generated/ from the contract in openapi/, for every version of every API: the
// types (openapi-typescript), the documents as data for validators, each version's base path,
// and the known profile catalogue. Shared definitions are bundled into each document first, so
// every generated document is self-contained.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { bundleSpec } from "@qod/openapi/bundle";
import { specVersions } from "@qod/openapi/validator";
import openapiTS, { astToString } from "openapi-typescript";

const outDir = new URL("../src/generated/", import.meta.url);
const HEADER = "// Generated from openapi/ by scripts/generate.mjs. Do not edit: run `pnpm generate`.\n";

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const documents = [];
for (const spec of specVersions) {
  const document = bundleSpec(spec.file);
  const ast = await openapiTS(structuredClone(document));
  await writeFile(new URL(`${spec.api}-${spec.version}.ts`, outDir), `${HEADER}\n${astToString(ast)}`);
  const basePath = String(document.servers?.[0]?.url ?? "").replace("{apiRoot}", "");
  if (!basePath.startsWith("/")) throw new Error(`${spec.api} ${spec.version}: servers[0].url has no {apiRoot}/path`);
  documents.push({ ...spec, document, basePath });
}

// Documents as plain data, so validators (ajv) can use the contract at run time, keyed by version.
const byApi = new Map();
for (const d of documents) byApi.set(d.api, [...(byApi.get(d.api) ?? []), d]);
const constName = (api) => api.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const documentsSource = [...byApi]
  .map(([api, versions]) => {
    const entries = versions.map((d) => `  ${JSON.stringify(d.version)}: ${JSON.stringify(d.document)},`).join("\n");
    const type = versions.map((d) => `readonly ${JSON.stringify(d.version)}: OpenApiDocument`).join("; ");
    return `/** Every version of the ${versions[0].document.info.title} contract, by version. */\nexport const ${constName(api)}Documents: { ${type} } = {\n${entries}\n};\n`;
  })
  .join("\n");
await writeFile(
  new URL("documents.ts", outDir),
  `${HEADER}\n/** An OpenAPI 3.0 document as parsed JSON. */\nexport type OpenApiDocument = { readonly [key: string]: unknown };\n\n${documentsSource}`,
);

// Versions and their base paths (from each document's server URL), for clients choosing a version.
const versionsSource = [...byApi]
  .map(
    ([api, versions]) =>
      `  ${JSON.stringify(api)}: {\n${versions.map((d) => `    ${JSON.stringify(d.version)}: { basePath: ${JSON.stringify(d.basePath)} },`).join("\n")}\n  },`,
  )
  .join("\n");
await writeFile(
  new URL("versions.ts", outDir),
  `${HEADER}\n/** Every API version in the contract, with the path its server URL puts after the API root. */\nexport const apiVersions = {\n${versionsSource}\n} as const;\n`,
);

// The known catalogue: labels from the KnownQosProfile enum, descriptions from x-enumDescriptions.
const qod = documents.find((d) => d.name === "qod").document;
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
console.log(
  `generated ${documents.length} type modules, documents.ts, versions.ts and catalogue.ts (${catalogue.length} profiles)`,
);
