// Compares two schemas the way a client meets them, recording every change with the
// direction of the message it sits in (see severity.mjs).

import { compareConstraints } from "./constraint-diff.mjs";
import { componentName, schemaView } from "./schema-view.mjs";
import { severityOf } from "./severity.mjs";

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
 * @property {Map<string, Comparison>} cache comparisons made for this pair of specs
 * @property {boolean} [branch] the head's last node is one branch of a oneOf/anyOf it introduced
 */

const objectIds = new WeakMap();
let nextId = 0;
const idOf = (value) => {
  if (!value || typeof value !== "object") return "-";
  if (!objectIds.has(value)) objectIds.set(value, ++nextId);
  return objectIds.get(value);
};

/**
 * Compares two schemas once per walk cache (a schema shared by many operations is compared
 * once) and returns the comparison: its own changes and the comparisons of its parts.
 * Cycles end at the comparison already under way.
 * @param {import("./documents.mjs").Node[]} baseNodes @param {import("./documents.mjs").Node[]} headNodes @param {SchemaContext} ctx
 * @returns {Comparison}
 */
function compareSchemas(baseNodes, headNodes, ctx) {
  // Keyed by the schemas referenced, so every operation using one schema shares its comparison.
  const ids = (side, nodes) => nodes.map((n) => idOf(ctx.docs[side].resolve(n).value)).join(",");
  const key = `${ids("base", baseNodes)}|${ids("head", headNodes)}|${ctx.direction}|${ctx.special}|${ctx.body}|${ctx.branch}`;
  const cached = ctx.cache.get(key);
  if (cached) return cached;
  /** @type {Comparison} */
  const comparison = { changes: [], parts: [] };
  ctx.cache.set(key, comparison);
  const base = schemaView(ctx.docs.base, baseNodes);
  const head = schemaView(ctx.docs.head, headNodes);
  if (!base.home?.value || !head.home?.value) return comparison;
  const subject = componentName(head.home) ?? ctx.subject;
  const here = { ...ctx, subject, branch: undefined };
  if (ctx.branch) {
    // Comparing against one branch of a oneOf/anyOf the head introduced: the branch is the schema.
    delete head.values.oneOf;
    delete head.values.anyOf;
  } else if (compareIntroducedBranches(base, head, baseNodes, headNodes, here, comparison)) return comparison;
  const record = (kind, where, before, after, message) =>
    comparison.changes.push({
      kind,
      direction: ctx.direction,
      pointer: where,
      before,
      after,
      message: `${subject}: ${message}`,
    });
  const part = (b, h, partCtx) => comparison.parts.push(compareSchemas(b, h, partCtx));
  const label = (side, node) => ctx.docs[side].label(node);
  if (!compareConstraints(base, head, { record, label, special: ctx.special, direction: ctx.direction }))
    return comparison;
  compareProperties(base, head, here, record, label, part);
  if (base.items.length && head.items.length) {
    part(base.items, head.items, { ...here, subject: `${subject}[]`, special: undefined, body: undefined });
  }
  for (const keyword of ["oneOf", "anyOf"]) compareBranches(base, head, keyword, here, record, label, part);
  return comparison;
}

/**
 * Records every change of two schemas, and of the schemas they contain, under one operation.
 * @param {import("./documents.mjs").Node[]} baseNodes @param {import("./documents.mjs").Node[]} headNodes @param {SchemaContext} ctx
 */
export function reportSchemaChanges(baseNodes, headNodes, ctx) {
  const root = compareSchemas(baseNodes, headNodes, ctx);
  root.reachable ??= reachableChanges(root);
  for (const change of root.reachable) {
    change.severity ??= severityOf(change.kind, change.direction);
    change.key ??= JSON.stringify([
      ctx.spec,
      change.kind,
      change.severity,
      change.pointer,
      change.before,
      change.after,
    ]);
    const { kind, severity, pointer, before, after, message } = change;
    const create = () => ({ kind, severity, pointer, operations: new Set(), before, after, message, spec: ctx.spec });
    ctx.log.addKeyed(change.key, create, ctx.operation);
  }
}

/** Every change in a comparison and its parts (computed once per root: all parts are done by then). */
function reachableChanges(root) {
  const visited = new Set();
  const changes = [];
  const stack = [root];
  while (stack.length) {
    const comparison = stack.pop();
    if (visited.has(comparison)) continue;
    visited.add(comparison);
    changes.push(...comparison.changes);
    stack.push(...comparison.parts);
  }
  return changes;
}

/**
 * A schema that became a oneOf/anyOf (CAMARA's ApplicationServer gaining `ipAddresses` next to
 * its old fields): the old schema is compared with the branch closest to it, and the other
 * branches are new alternatives.
 */
function compareIntroducedBranches(base, head, baseNodes, headNodes, ctx, comparison) {
  const keyword = head.values.oneOf ? "oneOf" : head.values.anyOf ? "anyOf" : undefined;
  if (!keyword || base.values.oneOf || base.values.anyOf) return false;
  const branches = head.values[keyword].map((_, i) => ctx.docs.head.child(head.at[keyword], keyword, i));
  const candidates = branches.map((branch) =>
    compareSchemas(baseNodes, [...headNodes, branch], { ...ctx, branch: true }),
  );
  const cost = (candidate) => {
    const changes = reachableChanges(candidate);
    return changes.filter((c) => severityOf(c.kind, c.direction) === "breaking").length * 1000 + changes.length;
  };
  const costs = candidates.map(cost);
  const best = costs.indexOf(Math.min(...costs));
  comparison.parts.push(candidates[best]);
  branches.forEach((branch, i) => {
    if (i === best) return;
    const id = typeof branch.value?.$ref === "string" ? branch.value.$ref.split("/").pop() : `#${i}`;
    comparison.changes.push({
      kind: "branch-added",
      direction: ctx.direction,
      pointer: ctx.docs.head.label(branch),
      before: null,
      after: id,
      message: `${ctx.subject}: ${keyword} branch ${id} was added`,
    });
  });
  return true;
}

/** @typedef {{changes: object[], parts: Comparison[], reachable?: object[]}} Comparison */

function compareProperties(base, head, ctx, record, label, part) {
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
      part(before, after, { ...ctx, subject: `${ctx.subject}.${name}`, special, body: undefined });
    }
  }
}

/** oneOf / anyOf branches, matched by the schema they reference (or by position when inline). */
function compareBranches(base, head, keyword, ctx, record, label, part) {
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
    else part([old], [node], { ...ctx, subject: `${ctx.subject} (${id})`, special: undefined, body: undefined });
  }
}
