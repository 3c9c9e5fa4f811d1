import { UsageError } from "./cli-error.js";
import { didYouMean } from "./parse/suggest.js";

/** What `-o, --output` takes: `table` (the default), `wide` (more columns) or `json` (as `--json`). */
export const OUTPUT_FORMATS = ["table", "wide", "json"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The format from `--json` and `-o`; refuses an unknown format or one that contradicts `--json`. */
export function outputFormat(flags: { json?: boolean; output?: string }): OutputFormat {
  const given = flags.output;
  if (given === undefined) return flags.json ? "json" : "table";
  if (!(OUTPUT_FORMATS as readonly string[]).includes(given)) {
    throw new UsageError(
      `unknown format ${JSON.stringify(given)} (table, wide or json)${didYouMean(given, OUTPUT_FORMATS)}`,
      "--output",
    );
  }
  if (flags.json && given !== "json")
    throw new UsageError(`--json asks for json, -o for ${given}: pick one`, "--output");
  return given as OutputFormat;
}

/** Whether the command line asks for JSON, read before parsing so errors come out as JSON too. */
export function argvWantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (arg, i) =>
      arg === "--json" ||
      arg === "--output=json" ||
      arg === "-ojson" ||
      ((arg === "-o" || arg === "--output") && argv[i + 1] === "json"),
  );
}
