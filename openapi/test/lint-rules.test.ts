// The CAMARA-style Spectral rules on fixture specs: one that meets them all, one that breaks
// each once, one whose discriminator names its subtypes in a mapping.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeSide } from "./review-helpers.js";

const root = new URL("..", import.meta.url).pathname;
const lintFixture = (name: string) => join(root, "test/fixtures/lint", name);
type Problem = { code: string; path: string[]; source: string; severity: number; message: string };
let problems: Problem[] = [];
let mapped = "";

beforeAll(() => {
  const good = readFileSync(lintFixture("good.yaml"), "utf8");
  const withMapping = good.replace(
    "        propertyName: petType\n",
    '        propertyName: petType\n        mapping:\n          CAT: "#/components/schemas/Cat"\n          DOG: "#/components/schemas/Dog"\n',
  );
  mapped = join(writeSide({ "mapped.yaml": withMapping }), "mapped.yaml");
  const result = spawnSync(
    join(root, "node_modules/.bin/spectral"),
    [
      "lint",
      "--ruleset",
      join(root, ".spectral.yaml"),
      "--format",
      "json",
      lintFixture("good.yaml"),
      lintFixture("bad.yaml"),
      mapped,
    ],
    { encoding: "utf8", cwd: root },
  );
  problems = JSON.parse(result.stdout);
}, 60_000);

const of = (file: string) =>
  problems
    .filter((p) => p.source.endsWith(file) && p.code.startsWith("camara-"))
    .map((p) => `${p.code} ${p.path.join(".")}`)
    .sort();

describe("CAMARA lint rules", () => {
  it("pass a spec that meets them, discriminator subtypes included (implicit and mapped)", () => {
    expect(problems.filter((p) => p.source.endsWith("good.yaml"))).toEqual([]);
    expect(problems.filter((p) => p.source === mapped)).toEqual([]);
  });

  it("find each problem once, as errors", () => {
    expect(of("bad.yaml")).toEqual([
      "camara-example-description paths./pets.post.responses.201.content.application/json.examples.CAT",
      "camara-no-info-contact info.contact",
      "camara-property-description components.schemas.Pet.properties.name",
      "camara-schema-bounds components.schemas.Cat.allOf.1.properties.lives",
      "camara-schema-bounds components.schemas.ErrorInfo.properties.message",
      "camara-schema-bounds components.schemas.Pet.properties.tags",
      "camara-unused-component components.schemas.Unused",
    ]);
    expect(problems.filter((p) => p.code.startsWith("camara-")).every((p) => p.severity === 0)).toBe(true);
  });

  it("say what to add", () => {
    const messages = problems
      .filter((p) => p.code === "camara-schema-bounds")
      .map((p) => p.message)
      .sort();
    expect(messages).toEqual([
      "array schema needs maxItems",
      "integer schema needs minimum and maximum",
      "string schema needs maxLength (or a pattern, format or enum that bounds it)",
    ]);
    expect(problems.find((p) => p.code === "camara-unused-component")?.message).toBe(
      "components.schemas.Unused is never used",
    );
  });
});
