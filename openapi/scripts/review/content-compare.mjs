// The bodies of requests and responses: media types, and the schema of each.
import { matchKeys } from "./changes.mjs";
import { reportSchemaChanges } from "./schema-diff.mjs";

/** The context a schema comparison needs, from an operation's context. */
export function schemaContext(ctx, direction, body) {
  return {
    docs: ctx.docs,
    log: ctx.log,
    spec: ctx.spec,
    operation: ctx.operation,
    cache: ctx.cache,
    direction,
    body,
    subject: "body",
  };
}

/** The entries of an object-valued node (content, responses, headers) as name → node. */
export function entries(docs, holder, key = (name) => name) {
  return new Map(Object.keys(holder.value ?? {}).map((name) => [key(name), docs.child(holder, name)]));
}

/**
 * `removed` / `added` handlers for matchKeys that record "<noun> <key> was removed/added".
 * A kind may be a function of the key and node (e.g. required headers).
 */
export function presence(docs, add, direction, noun, removedKind, addedKind) {
  const kindOf = (kind, key, node) => (typeof kind === "function" ? kind(key, node) : kind);
  return {
    removed: (key, node) =>
      add({
        kind: kindOf(removedKind, key, node),
        direction,
        pointer: docs.base.label(node),
        before: key,
        message: `${noun} ${key} was removed`,
      }),
    added: (key, node) =>
      add({
        kind: kindOf(addedKind, key, node),
        direction,
        pointer: docs.head.label(node),
        after: key,
        message: `${noun} ${key} was added`,
      }),
  };
}

export function compareContent(ctx, before, after, schemaCtx, add) {
  const { docs } = ctx;
  matchKeys(
    entries(docs.base, docs.base.child(before, "content")),
    entries(docs.head, docs.head.child(after, "content")),
    {
      ...presence(docs, add, schemaCtx.direction, "media type", "media-type-removed", "media-type-added"),
      both: (_type, old, node) =>
        reportSchemaChanges([docs.base.child(old, "schema")], [docs.head.child(node, "schema")], schemaCtx),
    },
  );
}
