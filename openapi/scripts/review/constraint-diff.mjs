// Keyword-level changes of one schema: type, nullable, format, enum, pattern, bounds,
// additionalProperties. Returns false when the type changed so much that comparing the
// schema's insides would only add noise.
import { show } from "./changes.mjs";

const lowerBounds = ["minLength", "minItems", "minimum", "minProperties"];
const upperBounds = ["maxLength", "maxItems", "maximum", "maxProperties"];

/**
 * @param {import("./schema-view.mjs").SchemaView} base
 * @param {import("./schema-view.mjs").SchemaView} head
 * @param {{record: Function, label: Function, special?: string, direction: string}} tools
 */
export function compareConstraints(base, head, { record, label, special }) {
  const b = base.values;
  const h = head.values;
  const at = (key) => `${h[key] !== undefined ? label("head", head.at[key]) : label("base", base.at[key])}/${key}`;
  const typeChange = compareTypes(b.type, h.type);
  if (typeChange) {
    record(typeChange, at("type"), b.type ?? null, h.type ?? null, `type ${show(b.type)} → ${show(h.type)}`);
    if (typeChange === "type-changed") return false;
  }
  if (!b.nullable && h.nullable) record("nullable-added", at("nullable"), false, true, "may now be null");
  if (b.nullable && !h.nullable) record("nullable-removed", at("nullable"), true, false, "may no longer be null");
  if (b.format !== h.format) {
    record(
      formatKind(b.format, h.format),
      at("format"),
      b.format ?? null,
      h.format ?? null,
      `format ${show(b.format)} → ${show(h.format)}`,
    );
  }
  const enumKey = h.enum || b.enum ? "enum" : "const";
  compareEnums(b.enum ?? wrap(b.const), h.enum ?? wrap(h.const), () => at(enumKey), record, special);
  if (b.pattern !== h.pattern) {
    const kind =
      b.pattern === undefined ? "pattern-added" : h.pattern === undefined ? "pattern-removed" : "pattern-changed";
    record(
      kind,
      at("pattern"),
      b.pattern ?? null,
      h.pattern ?? null,
      `pattern ${show(b.pattern)} → ${show(h.pattern)}`,
    );
  }
  compareBounds(b, h, at, record);
  compareAdditional(b.additionalProperties, h.additionalProperties, at, record);
  return true;
}

// Numeric formats are ranges (int32 within int64 within none), so they change like bounds.
const numericRange = { int32: 0, float: 0, int64: 1, double: 1 };
// Formats validators check; any other format is a hint that constrains nothing.
const checkedFormats = new Set([
  "date-time",
  "date",
  "time",
  "duration",
  "email",
  "idn-email",
  "hostname",
  "idn-hostname",
  "ipv4",
  "ipv6",
  "uri",
  "uri-reference",
  "iri",
  "iri-reference",
  "uuid",
  "uri-template",
  "json-pointer",
  "regex",
  "byte",
  "binary",
]);

function formatKind(before, after) {
  const rank = (f) => (f === undefined ? 2 : numericRange[f]);
  if (rank(before) !== undefined && rank(after) !== undefined)
    return rank(after) < rank(before) ? "bound-tightened" : "bound-loosened";
  if (!checkedFormats.has(before) && !checkedFormats.has(after)) return "format-hint-changed";
  return before === undefined ? "format-added" : after === undefined ? "format-removed" : "format-changed";
}

const wrap = (value) => (value === undefined ? undefined : [value]);

const typeSet = (type) => (type === undefined ? undefined : new Set([type].flat()));
/** Does `outer` accept every value of `inner`? (number accepts integers; no type accepts all) */
function covers(outer, inner) {
  if (!outer) return true;
  if (!inner) return false;
  return [...inner].every((t) => outer.has(t) || (t === "integer" && outer.has("number")));
}

function compareTypes(before, after) {
  const b = typeSet(before);
  const h = typeSet(after);
  if (covers(b, h) && covers(h, b)) return undefined;
  if (covers(b, h)) return "type-narrowed";
  if (covers(h, b)) return "type-widened";
  return "type-changed";
}

function compareEnums(before, after, where, record, special) {
  if (!before && !after) return;
  if (!before) return record("enum-added", where(), null, after, `now limited to ${show(after)}`);
  if (!after) return record("enum-removed", where(), before, null, `no longer limited to ${show(before)}`);
  const key = (v) => JSON.stringify(v);
  const removed = before.filter((v) => !after.some((w) => key(w) === key(v)));
  const added = after.filter((v) => !before.some((w) => key(w) === key(v)));
  const prefix = special ?? "enum-value";
  if (removed.length) record(`${prefix}-removed`, where(), before, after, `${show(removed)} removed`);
  if (added.length) record(`${prefix}-added`, where(), before, after, `${show(added)} added`);
}

function compareBounds(b, h, at, record) {
  for (const key of [...lowerBounds, ...upperBounds, "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]) {
    const before = b[key];
    const after = h[key];
    if (before === after) continue;
    let tighter;
    if (typeof before === "boolean" || typeof after === "boolean") tighter = after === true;
    else if (after === undefined) tighter = false;
    else if (before === undefined || key === "multipleOf") tighter = true;
    else tighter = upperBounds.includes(key) || key === "exclusiveMaximum" ? after < before : after > before;
    const kind = tighter ? "bound-tightened" : "bound-loosened";
    record(kind, at(key), before ?? null, after ?? null, `${key} ${show(before)} → ${show(after)}`);
  }
}

/** open (absent or true), closed (false) or a schema for the extra values. */
function compareAdditional(before, after, at, record) {
  const state = (v) => (v === false ? "closed" : v === undefined || v === true ? "open" : "schema");
  const b = state(before);
  const h = state(after);
  if (b === h) return;
  const rank = { closed: 0, schema: 1, open: 2 };
  const kind = rank[h] < rank[b] ? "additional-properties-restricted" : "additional-properties-allowed";
  record(kind, at("additionalProperties"), b, h, `additional properties ${b} → ${h}`);
}
