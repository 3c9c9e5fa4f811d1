// The SDK's size budget, checked on every test run so it cannot drift unnoticed between
// benchmark runs: the built package with every export kept, minified and gzipped.
import { describe, expect, it } from "vitest";
import { measureBundle } from "../bench/bundle-size.js";

const BUDGET_BYTES = 25 * 1024;

describe("bundle size", () => {
  it(`stays within ${BUDGET_BYTES / 1024} KB minified and gzipped`, async () => {
    const { gzipped } = await measureBundle(new URL("../dist/index.js", import.meta.url).pathname);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
