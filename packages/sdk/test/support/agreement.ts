// Compares an SDK schema with a contract schema on one value, and decides whether a
// disagreement is explained by a declared difference (src/validation/differences.ts).
import { type createSpecValidator, resolveRef } from "@qod/openapi/validator";
import type * as z from "zod/mini";
import type { SchemaDifference } from "../../src/validation/differences.js";

type Node = Record<string, any>;
type Validator = ReturnType<typeof createSpecValidator>;

/** One SDK schema paired with the contract schema it stands for. */
export interface SchemaPair {
  /** For messages. */
  name: string;
  /** The contract document and the JSON pointer of the schema in it. */
  doc: Node;
  pointer: string;
  validator: Validator;
  /** The SDK's schema. */
  sdk: z.ZodMiniType;
  /** Whether the SDK sends (request) or reads (response) such values. */
  scope: "request" | "response";
  /** Turns a wire value into what a caller would pass the SDK (default: unchanged). */
  toSdkInput?: (wire: unknown) => unknown;
  /** Turns the SDK's parsed output back into a wire value (default: unchanged). */
  toWire?: (output: unknown) => unknown;
  /** Checks beyond `sdk` that the SDK also applies (e.g. the device of a session). */
  alsoRequires?: (wire: unknown) => boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function nodeAt(doc: Node, pointer: string): Node {
  return resolveRef(doc, { $ref: `#${pointer}` });
}

/**
 * Every (place, value) in `value` as the contract schema sees it: `Name` for each named schema
 * reached through a $ref, `Name.property` for each property of a named schema.
 */
export function locations(doc: Node, pointer: string, value: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  const top = pointer.startsWith("/components/schemas/") ? pointer.split("/").at(-1) : undefined;
  if (top) out.push([top, value]);
  const walk = (node: Node, v: unknown, named: string | undefined, depth: number) => {
    if (!node || depth > 12) return;
    if (typeof node.$ref === "string") {
      const name = node.$ref.split("/").at(-1) as string;
      out.push([name, v]);
      walk(resolveRef(doc, node), v, name, depth + 1);
      return;
    }
    for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) {
      walk(branch, v, named, depth + 1);
    }
    if (node.properties && isObject(v)) {
      for (const [key, sub] of Object.entries(node.properties as Record<string, Node>)) {
        if (!(key in v)) continue;
        if (named) out.push([`${named}.${key}`, v[key]]);
        walk(sub, v[key], undefined, depth + 1);
      }
    }
    if (node.items && Array.isArray(v)) for (const item of v) walk(node.items, item, undefined, depth + 1);
  };
  walk(nodeAt(doc, pointer), value, top, 0);
  return out;
}

/** The declared differences that explain a disagreement on this value, if any. */
export function explanations(
  pair: SchemaPair,
  value: unknown,
  kind: SchemaDifference["kind"],
  differences: readonly SchemaDifference[],
): SchemaDifference[] {
  const places = locations(pair.doc, pair.pointer, value);
  return differences.filter(
    (d) =>
      d.kind === kind &&
      d.scope.includes(pair.scope) &&
      places.some(([where, v]) => d.where.includes(where) && d.applies(v, where)),
  );
}

/** What went wrong on one value, or undefined when the SDK and the contract agree (or differ as declared). */
export function disagreement(
  pair: SchemaPair,
  value: unknown,
  differences: readonly SchemaDifference[],
): string | undefined {
  const contractErrors = pair.validator.validate(pair.pointer, value);
  const contractOk = contractErrors.length === 0;
  const input = pair.toSdkInput ? pair.toSdkInput(value) : value;
  const parsed = pair.sdk.safeParse(input);
  const sdkOk = parsed.success && (pair.alsoRequires?.(value) ?? true);
  if (sdkOk && pair.scope === "request") {
    // Whatever the SDK accepts, it must send as a value the contract accepts.
    const sent = pair.toWire ? pair.toWire(parsed.data) : parsed.data;
    const sentErrors = pair.validator.validate(pair.pointer, sent);
    if (sentErrors.length > 0) return `the SDK would send an invalid value: ${sentErrors.join("; ")}`;
  }
  if (contractOk === sdkOk) return undefined;
  const kind = contractOk ? "stricter" : "looser";
  if (explanations(pair, value, kind, differences).length > 0) return undefined;
  return contractOk
    ? `the SDK refuses a value the contract accepts: ${parsed.success ? "(also-required check)" : JSON.stringify(parsed.error.issues)}`
    : `the SDK accepts a value the contract refuses: ${contractErrors.join("; ")}`;
}
