// Compares two schemas the way a client meets them, recording every change with the
// direction of the message it sits in (see severity.mjs).
import { show } from "./changes.mjs";
import { compareConstraints } from "./constraint-diff.mjs";
import { componentName, schemaView } from "./schema-view.mjs";

/**
 * @typedef {object} SchemaContext
 * @property {{base: import("./documents.mjs").DocumentSet, head: import("./documents.mjs").DocumentSet}} docs
 * @property {import("./changes.mjs").ChangeLog} log
 * @property {string} spec
 * @property {"request" | "response"} direction
 * @property {string} operation "POST /sessions"
 * @property {string} subject readable name of the schema, for messages
 * @property {"error" | "event" | undefined} body set for error response bodies and callback events
 * @property {"error-code" | "event-type" | undefined} [special] the enum is an error code or event type
 * @property {Map<object, Set<object>>} [seen] pairs already compared in this walk (cycles)
 */

/** @param {import("./documents.mjs").Node[]} baseNodes @param {import("./documents.mjs").Node[]} headNodes @param {SchemaContext} ctx */
export function compareSchemas(baseNodes, headNodes, ctx) {
  const base = schemaView(ctx.docs.base, baseNodes);
  const head = schemaView(ctx.docs.head, headNodes);
  if (!base.home?.value || !head.home?.value) return;
  const seen = ctx.seen ?? new Map();
  if (seen.get(base.home.value)?.has(head.home.value)) return;
  if (!seen.has(base.home.value)) seen.set(base.home.value, new Set());
  seen.get(base.home.value).add(head.home.value);
  const subject = componentName(head.home) ?? ctx.subject;
  const here = { ...ctx, seen, subject };
  const record = (kind, where, before, after, message) =>
    ctx.log.add({
      spec: ctx.spec,
      kind,
      direction: ctx.direction,
      pointer: where,
      operation: ctx.operation,
      before,
      after,
      message: `${subject}: ${message}`,
    });
  const label = (side, node) => ctx.docs[side].label(node);
  if (!compareConstraints(base, head, { record, label, special: ctx.special, direction: ctx.direction })) return;
  compareProperties(base, head, here, record, label);
  if (base.items.length && head.items.length) {
    compareSchemas(base.items, head.items, { ...here, subject: `${subject}[]`, special: undefined, body: undefined });
  }
  for (const keyword of ["oneOf", "anyOf"]) compareBranches(base, head, keyword, here, record, label);
}

function compareProperties(base, head, ctx, record, label) {
  const skip = ctx.direction === "request" ? "readOnly" : "writeOnly";
  const hidden = (nodes) => nodes.some((node) => node.value?.[skip] === true);
  for (const name of new Set([...base.properties.keys(), ...head.properties.keys()])) {
    const before = base.properties.get(name);
    const after = head.properties.get(name);
    if ((before && hidden(before)) || (after && hidden(after))) continue;
    const where = (side, nodes) => label(side, nodes[nodes.length - 1]);
    if (!after) {
      const kind = base.required.has(name) ? "required-property-removed" : "property-removed";
      record(kind, where("base", before), name, null, `property ${name} was removed`);
    } else if (!before) {
      const required = head.required.has(name);
      const kind = required ? "required-property-added" : "property-added";
      record(kind, where("head", after), null, name, `${required ? "required " : ""}property ${name} was added`);
    } else {
      if (base.required.has(name) && !head.required.has(name)) {
        record("property-became-optional", where("head", after), "required", "optional", `${name} is now optional`);
      } else if (!base.required.has(name) && head.required.has(name)) {
        record("property-became-required", where("head", after), "optional", "required", `${name} is now required`);
      }
      const special =
        ctx.body === "error" && name === "code"
          ? "error-code"
          : ctx.body === "event" && name === "type"
            ? "event-type"
            : undefined;
      compareSchemas(before, after, { ...ctx, subject: `${ctx.subject}.${name}`, special, body: undefined });
    }
  }
}

/** oneOf / anyOf branches, matched by the schema they reference (or by position when inline). */
function compareBranches(base, head, keyword, ctx, record, label) {
  const branches = (view, side) => {
    const holder = view.at[keyword];
    const map = new Map();
    (view.values[keyword] ?? []).forEach((branch, i) => {
      const id = typeof branch?.$ref === "string" ? decodeURIComponent(branch.$ref.split("/").pop()) : `#${i}`;
      map.set(id, ctx.docs[side].child(holder, keyword, i));
    });
    return map;
  };
  const before = branches(base, "base");
  const after = branches(head, "head");
  if (!before.size || !after.size) return;
  for (const [id, node] of before) {
    if (!after.has(id)) record("branch-removed", label("base", node), id, null, `${keyword} branch ${id} was removed`);
  }
  for (const [id, node] of after) {
    const old = before.get(id);
    if (!old) record("branch-added", label("head", node), null, id, `${keyword} branch ${id} was added`);
    else
      compareSchemas([old], [node], { ...ctx, subject: `${ctx.subject} (${id})`, special: undefined, body: undefined });
  }
}

export { show };
