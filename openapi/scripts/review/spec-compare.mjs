// Compares two versions of one spec: document-level parts (version, servers, security
// schemes) and every operation (see operation-compare.mjs).
import { compareOperation } from "./operation-compare.mjs";

const methods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];
/** Path templates differing only in parameter names are the same path on the wire. */
const pathKey = (path) => path.replace(/\{[^}]*\}/g, "{}");

/**
 * @param {{base: import("./documents.mjs").DocumentSet, head: import("./documents.mjs").DocumentSet}} docs
 * @param {import("./changes.mjs").ChangeLog} log
 * @param {string} spec
 */
export function compareSpecs(docs, log, spec) {
  const base = docs.base.root.value;
  const head = docs.head.root.value;
  const add = (change) => log.add({ spec, ...change });
  if (base.info?.version !== head.info?.version) {
    add({
      kind: "version-changed",
      pointer: "/info/version",
      before: base.info?.version ?? null,
      after: head.info?.version ?? null,
      message: `info.version ${base.info?.version} → ${head.info?.version}`,
    });
  }
  compareServers(base.servers ?? [], head.servers ?? [], add);
  compareSecuritySchemes(docs, add);
  const cache = new Map();
  const basePaths = indexPaths(docs.base);
  const headPaths = indexPaths(docs.head);
  for (const [key, before] of basePaths) {
    const after = headPaths.get(key);
    if (!after) {
      add({
        kind: "path-removed",
        pointer: docs.base.label(before.node),
        before: before.path,
        message: `path ${before.path} was removed`,
      });
      continue;
    }
    for (const method of methods) {
      const operation = `${method.toUpperCase()} ${after.path}`;
      const b = before.node.value[method];
      const h = after.node.value[method];
      if (b && !h)
        add({
          kind: "operation-removed",
          pointer: docs.base.label(docs.base.child(before.node, method)),
          operation,
          message: `${operation} was removed`,
        });
      if (!b && h)
        add({
          kind: "operation-added",
          pointer: docs.head.label(docs.head.child(after.node, method)),
          operation,
          message: `${operation} was added`,
        });
      if (b && h) {
        compareOperation(
          { docs, log, spec, operation, cache, basePath: before, headPath: after },
          docs.base.child(before.node, method),
          docs.head.child(after.node, method),
        );
      }
    }
  }
  for (const [key, after] of headPaths) {
    if (!basePaths.has(key)) {
      add({
        kind: "path-added",
        pointer: docs.head.label(after.node),
        after: after.path,
        message: `path ${after.path} was added`,
      });
    }
  }
}

function indexPaths(docs) {
  const paths = docs.child(docs.root, "paths");
  const index = new Map();
  for (const path of Object.keys(paths.value ?? {})) {
    index.set(pathKey(path), { path, node: docs.resolve(docs.child(paths, path)) });
  }
  return index;
}

function compareServers(base, head, add) {
  const urls = (servers) => servers.map((server) => server.url);
  const before = urls(base);
  const after = urls(head);
  if (before.length === 1 && after.length === 1) {
    if (before[0] !== after[0]) {
      add({
        kind: "server-url-changed",
        pointer: "/servers/0/url",
        before: before[0],
        after: after[0],
        message: `server URL ${before[0]} → ${after[0]}`,
      });
    }
    return;
  }
  before.forEach((url, i) => {
    if (!after.includes(url))
      add({ kind: "server-removed", pointer: `/servers/${i}`, before: url, message: `server ${url} was removed` });
  });
  after.forEach((url, i) => {
    if (!before.includes(url))
      add({ kind: "server-added", pointer: `/servers/${i}`, after: url, message: `server ${url} was added` });
  });
}

function compareSecuritySchemes(docs, add) {
  const schemes = (side) => {
    const holder = docs[side].child(docs[side].root, "components", "securitySchemes");
    return new Map(
      Object.keys(holder.value ?? {}).map((name) => [name, docs[side].resolve(docs[side].child(holder, name))]),
    );
  };
  const before = schemes("base");
  const after = schemes("head");
  // bearerFormat is a hint to the client, like the description.
  const wire = ({ description, bearerFormat, ...rest }) => JSON.stringify(rest);
  for (const [name, node] of before) {
    const next = after.get(name);
    if (!next)
      add({
        kind: "security-scheme-removed",
        pointer: docs.base.label(node),
        before: name,
        message: `security scheme ${name} was removed`,
      });
    else if (wire(node.value) !== wire(next.value)) {
      add({
        kind: "security-scheme-changed",
        pointer: docs.head.label(next),
        before: node.value,
        after: next.value,
        message: `security scheme ${name} changed`,
      });
    }
  }
  for (const [name, node] of after) {
    if (!before.has(name))
      add({
        kind: "security-scheme-added",
        pointer: docs.head.label(node),
        after: name,
        message: `security scheme ${name} was added`,
      });
  }
}
