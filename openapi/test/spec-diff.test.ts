import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffSpecFiles, formatReport } from "../scripts/spec-diff-lib.mjs";

const base = readFileSync(new URL("./fixtures/diff-base.yaml", import.meta.url), "utf8");

describe("spec:diff classification", () => {
  it("reports dropping a required response field as breaking, naming the response", async () => {
    const after = base.replace("required: [id, name]", "required: [id]");
    const report = await diffSpecFiles("fixture.yaml", base, after);
    expect(report.breaking).toHaveLength(1);
    expect(report.breaking[0]).toContain("[response.body.scope.add]");
    expect(report.breaking[0]).toContain("paths./things/{id}.get.responses.200");
  });

  it("reports a removed path as breaking", async () => {
    const after = base.slice(0, base.indexOf("  /others:"));
    const report = await diffSpecFiles("fixture.yaml", base, after);
    expect(report.breaking).toEqual([expect.stringContaining("path removed [path.remove] at paths./others")]);
  });

  it("accepts an additive change (a new path) as non-breaking", async () => {
    const after = `${base}  /more:\n    get:\n      operationId: listMore\n      responses:\n        "204":\n          description: Nothing.\n`;
    const report = await diffSpecFiles("fixture.yaml", base, after);
    expect(report.breaking).toEqual([]);
    expect(report.nonBreaking).toEqual([expect.stringContaining("[path.add]")]);
  });

  it("treats a removed spec file as breaking and an unchanged one as clean", async () => {
    expect((await diffSpecFiles("gone.yaml", base, undefined)).breaking).toEqual(["gone.yaml was removed"]);
    expect(await diffSpecFiles("same.yaml", base, base)).toMatchObject({ status: "unchanged", breaking: [] });
  });

  it("prints a summary line per change and a verdict", async () => {
    const after = base.replace("required: [id, name]", "required: [id]");
    const text = formatReport("main", [await diffSpecFiles("fixture.yaml", base, after)]);
    expect(text).toContain("fixture.yaml: 1 breaking, 0 non-breaking, 0 unclassified");
    expect(text).toContain("1 breaking change(s)");
  });
});
