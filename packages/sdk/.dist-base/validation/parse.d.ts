import type * as z from "zod/mini";
import { type ValidationIssue } from "../errors/validation-error.js";
/** `device.ipv4Address`, `servicePorts.ranges[0]`... */
export declare function formatPath(root: string, path: readonly PropertyKey[]): string;
/** Turns zod issues into `{path, message}` pairs, with `root` before every path. */
export declare function toIssues(error: z.core.$ZodError, root?: string): ValidationIssue[];
/** Where the checked value sits, for issue paths (e.g. `device`). */
export interface ParseInputOptions {
  /** Put before every issue path, e.g. `device` gives `device.phoneNumber`. @default "" */
  path?: string;
}
/**
 * Checks a value with one of the SDK's input schemas and returns the parsed (normalised) value,
 * or throws a ValidationError listing every problem. The CLI and the daemon use this for their
 * own input.
 */
export declare function parseInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  options?: ParseInputOptions,
): z.output<S>;
/** Like parseInput, but returns the problems (an empty list when the value is valid). */
export declare function inputIssues(
  schema: z.ZodMiniType,
  value: unknown,
  options?: ParseInputOptions,
): ValidationIssue[];
//# sourceMappingURL=parse.d.ts.map
