// Compares one operation: operationId, parameters, request body, responses (see
// response-compare.mjs), security and callbacks. Callback operations are compared with the
// directions swapped: the server sends their request bodies and the client answers.

import { compareContent, schemaContext } from "./content-compare.mjs";
import { compareResponses } from "./response-compare.mjs";
import { reportSchemaChanges } from "./schema-diff.mjs";
import { compareSecurity } from "./security-compare.mjs";

/**
 * @param {{docs: any, log: import("./changes.mjs").ChangeLog, spec: string, operation: string,
 *   basePath: {node: any, path: string}, headPath: {node: any, path: string}, callback?: boolean,
 *   cache: Map<string, any>}} ctx
 */
export function compareOperation(ctx, baseOp, headOp) {
  const { docs } = ctx;
  const add = (change) => ctx.log.add({ spec: ctx.spec, operation: ctx.operation, ...change });
  const clientSends = ctx.callback ? "response" : "request";
  const serverSends = ctx.callback ? "request" : "response";
  const b = baseOp.value;
  const h = headOp.value;
  if (b.operationId !== h.operationId) {
    add({
      kind: "operation-id-changed",
      pointer: `${docs.head.label(headOp)}/operationId`,
      before: b.operationId ?? null,
      after: h.operationId ?? null,
      message: `operationId ${b.operationId} → ${h.operationId}`,
    });
  }
  if (!ctx.callback) compareParameters(ctx, baseOp, headOp, add);
  compareRequestBody(ctx, baseOp, headOp, clientSends, add);
  compareResponses(ctx, baseOp, headOp, serverSends, add);
  if (!ctx.callback) {
    compareSecurity(ctx, baseOp, headOp, add);
    compareCallbacks(ctx, baseOp, headOp, add);
  }
}

function parameters(docs, pathItem, path, op) {
  const slots = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const found = new Map();
  for (const holder of [docs.child(pathItem, "parameters"), docs.child(op, "parameters")]) {
    (holder.value ?? []).forEach((_, i) => {
      const node = docs.resolve(docs.child(holder, i));
      const { name, in: where } = node.value;
      // Path parameters are matched by position: renaming one changes nothing on the wire.
      const key =
        where === "path" ? `path#${slots.indexOf(name)}` : `${where}:${where === "header" ? name.toLowerCase() : name}`;
      found.set(key, node);
    });
  }
  return found;
}

function compareParameters(ctx, baseOp, headOp, add) {
  const { docs } = ctx;
  const before = parameters(docs.base, ctx.basePath.node, ctx.basePath.path, baseOp);
  const after = parameters(docs.head, ctx.headPath.node, ctx.headPath.path, headOp);
  const describe = (node) => `${node.value.in} parameter ${node.value.name}`;
  for (const [key, node] of before) {
    if (!after.has(key))
      add({
        kind: "parameter-removed",
        pointer: docs.base.label(node),
        before: node.value.name,
        message: `${describe(node)} was removed`,
      });
  }
  for (const [key, node] of after) {
    const old = before.get(key);
    const required = node.value.required === true;
    if (!old) {
      const kind = required ? "required-parameter-added" : "parameter-added";
      add({
        kind,
        pointer: docs.head.label(node),
        after: node.value.name,
        message: `${required ? "required " : ""}${describe(node)} was added`,
      });
      continue;
    }
    if (old.value.required !== true && required) {
      add({
        kind: "parameter-became-required",
        pointer: `${docs.head.label(node)}/required`,
        before: false,
        after: true,
        message: `${describe(node)} is now required`,
      });
    }
    if (old.value.required === true && !required) {
      add({
        kind: "parameter-became-optional",
        pointer: `${docs.head.label(node)}/required`,
        before: true,
        after: false,
        message: `${describe(node)} is now optional`,
      });
    }
    reportSchemaChanges([docs.base.child(old, "schema")], [docs.head.child(node, "schema")], {
      ...schemaContext(ctx, "request"),
      subject: describe(node),
    });
  }
}

function compareRequestBody(ctx, baseOp, headOp, direction, add) {
  const { docs } = ctx;
  const before = docs.base.resolve(docs.base.child(baseOp, "requestBody"));
  const after = docs.head.resolve(docs.head.child(headOp, "requestBody"));
  if (!before.value && !after.value) return;
  const required = after.value?.required === true;
  if (!before.value) {
    const kind = required ? "required-request-body-added" : "request-body-added";
    return add({ kind, direction, pointer: docs.head.label(after), message: "a request body was added" });
  }
  if (!after.value)
    return add({
      kind: "request-body-removed",
      direction,
      pointer: docs.base.label(before),
      message: "the request body was removed",
    });
  if (before.value.required !== true && required) {
    add({
      kind: "request-body-became-required",
      direction,
      pointer: `${docs.head.label(after)}/required`,
      before: false,
      after: true,
      message: "the request body is now required",
    });
  }
  if (before.value.required === true && !required) {
    add({
      kind: "request-body-became-optional",
      direction,
      pointer: `${docs.head.label(after)}/required`,
      before: true,
      after: false,
      message: "the request body is now optional",
    });
  }
  compareContent(ctx, before, after, schemaContext(ctx, direction, ctx.callback ? "event" : undefined), add);
}

function compareCallbacks(ctx, baseOp, headOp, add) {
  const { docs } = ctx;
  const b = docs.base.child(baseOp, "callbacks");
  const h = docs.head.child(headOp, "callbacks");
  const entries = (side, holder) => {
    const found = new Map();
    for (const name of Object.keys(holder.value ?? {})) {
      const callback = docs[side].resolve(docs[side].child(holder, name));
      for (const expression of Object.keys(callback.value ?? {})) {
        const pathItem = docs[side].resolve(docs[side].child(callback, expression));
        for (const method of Object.keys(pathItem.value ?? {})) {
          if (typeof pathItem.value[method] !== "object" || method === "parameters") continue;
          found.set(`${name} ${method.toUpperCase()} ${expression}`, {
            pathItem,
            expression,
            node: docs[side].child(pathItem, method),
          });
        }
      }
    }
    return found;
  };
  const before = entries("base", b);
  const after = entries("head", h);
  for (const [key, entry] of before) {
    if (!after.has(key))
      add({
        kind: "callback-removed",
        pointer: docs.base.label(entry.node),
        before: key,
        message: `callback ${key} was removed`,
      });
  }
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (!old) {
      add({
        kind: "callback-added",
        pointer: docs.head.label(entry.node),
        after: key,
        message: `callback ${key} was added`,
      });
      continue;
    }
    compareOperation(
      {
        ...ctx,
        callback: true,
        basePath: { node: old.pathItem, path: old.expression },
        headPath: { node: entry.pathItem, path: entry.expression },
      },
      old.node,
      entry.node,
    );
  }
}
