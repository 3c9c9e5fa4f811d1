// One schema as a client sees it: $refs followed and allOf members merged, each keyword
// remembering the node it came from (so a change points at the definition that holds it).

const keywords = [
  "type",
  "format",
  "enum",
  "pattern",
  "nullable",
  "readOnly",
  "writeOnly",
  "additionalProperties",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
  "oneOf",
  "anyOf",
  "const",
];

/**
 * @typedef {object} SchemaView
 * @property {import("./documents.mjs").Node} home the schema as referenced (first node)
 * @property {Record<string, any>} values merged keywords (the last allOf member defining one wins)
 * @property {Record<string, import("./documents.mjs").Node>} at the node each keyword came from
 * @property {Map<string, import("./documents.mjs").Node[]>} properties every definition of each property
 * @property {Set<string>} required
 * @property {import("./documents.mjs").Node[]} items
 */

/** @param {import("./documents.mjs").DocumentSet} docs @param {import("./documents.mjs").Node[]} nodes @returns {SchemaView} */
export function schemaView(docs, nodes) {
  const flat = [];
  const visit = (node) => {
    const resolved = docs.resolve(node);
    if (!resolved.value || typeof resolved.value !== "object" || flat.some((n) => n.value === resolved.value)) return;
    flat.push(resolved);
    (resolved.value.allOf ?? []).forEach((_, i) => {
      visit(docs.child(resolved, "allOf", i));
    });
  };
  for (const node of nodes) visit(node);
  const view = { home: flat[0] ?? nodes[0], values: {}, at: {}, properties: new Map(), required: new Set(), items: [] };
  for (const node of flat) {
    for (const key of keywords) {
      if (node.value[key] === undefined) continue;
      view.values[key] = node.value[key];
      view.at[key] = node;
    }
    for (const name of Object.keys(node.value.properties ?? {})) {
      if (!view.properties.has(name)) view.properties.set(name, []);
      view.properties.get(name).push(docs.child(node, "properties", name));
    }
    for (const name of node.value.required ?? []) view.required.add(name);
    if (node.value.items) view.items.push(docs.child(node, "items"));
  }
  return view;
}

/** The component name when a node is a named schema ("SinkCredential"), else undefined. */
export function componentName(node) {
  return /\/components\/schemas\/([^/]+)$/.exec(node.pointer)?.[1];
}
