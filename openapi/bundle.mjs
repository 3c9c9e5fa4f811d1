// Turns one version file of the contract into a single self-contained document: every `$ref`
// into a shared file (`../common/camara-r4.yaml#/components/schemas/Device`) is copied into the
// document's own components under the same name and rewritten to a local `#/components/...`.
// Synchronous on purpose, so validators and tests load the contract without a build step.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

/**
 * @param {URL} fileUrl a version file, e.g. `quality-on-demand/1.2.0-rc.3.yaml`
 * @returns {Record<string, any>} the document with only local `$ref`s
 */
export function bundleSpec(fileUrl) {
  const files = new Map();
  const load = (url) => {
    if (!files.has(url.href)) files.set(url.href, parse(readFileSync(url, "utf8")));
    return files.get(url.href);
  };
  const root = structuredClone(load(fileUrl));
  root.components ??= {};
  /** Where each hoisted component came from, to tell a repeat from a name clash. */
  const origins = new Map();

  const hoist = (url, pointer) => {
    const [, section, kind, name, ...rest] = pointer.split("/");
    if (section !== "components" || !kind || !name || rest.length > 0)
      throw new Error(`${url.pathname}#${pointer}: only whole components can be shared`);
    const local = `#/components/${kind}/${name}`;
    const origin = `${url.href}#${pointer}`;
    const key = `${kind}/${name}`;
    if (origins.get(key) === origin) return local;
    root.components[kind] ??= {};
    const existing = root.components[kind][name];
    // A root component may be just a pointer to the shared one of the same name: it is replaced.
    const isAlias = existing && resolveUrl(fileUrl, existing.$ref)?.href === origin;
    if (origins.has(key) || (existing && !isAlias))
      throw new Error(`${fileUrl.pathname}: component ${key} is defined twice (${origin})`);
    origins.set(key, origin);
    const target = pointer
      .slice(1)
      .split("/")
      .reduce((node, part) => node?.[part], load(url));
    if (target === undefined) throw new Error(`${url.pathname}#${pointer} does not exist`);
    root.components[kind][name] = walk(structuredClone(target), url);
    return local;
  };

  const walk = (node, baseUrl) => {
    if (Array.isArray(node)) return node.map((item) => walk(item, baseUrl));
    if (!node || typeof node !== "object") return node;
    if (typeof node.$ref === "string") {
      const [path, pointer = ""] = node.$ref.split("#");
      const external = path !== "" || baseUrl.href !== fileUrl.href;
      if (external) return { ...node, $ref: hoist(path ? new URL(path, baseUrl) : baseUrl, pointer) };
    }
    for (const [key, value] of Object.entries(node)) node[key] = walk(value, baseUrl);
    return node;
  };

  for (const [key, value] of Object.entries(root)) if (key !== "components") root[key] = walk(value, fileUrl);
  for (const [kind, entries] of Object.entries(root.components))
    for (const [name, value] of Object.entries(entries ?? {})) {
      if (root.components[kind][name] !== value) continue; // an alias already replaced
      const walked = walk(value, fileUrl);
      // Walking an alias replaces the entry itself; anything else is walked in place.
      if (root.components[kind][name] === value) root.components[kind][name] = walked;
    }
  return root;
}

function resolveUrl(base, ref) {
  if (typeof ref !== "string") return undefined;
  const [path, pointer = ""] = ref.split("#");
  if (!path) return undefined;
  return new URL(`${new URL(path, base).href.split("#")[0]}#${pointer}`);
}
