// Loads a spec and the files its $refs point to, and follows $refs, remembering where each
// object lives so changes can name the definition (file and JSON pointer) they are in.
import { dirname, relative, resolve, sep } from "node:path";
import { parse } from "yaml";

/** Thrown when a document cannot be read or a $ref cannot be followed (exit code 2). */
export class DocumentError extends Error {}

/**
 * @typedef {{ value: any, file: string, pointer: string }} Node a value and where it sits
 */

export class DocumentSet {
  /** @type {Map<string, any>} */
  #documents = new Map();
  #source;
  /** @param {import("./sources.mjs").Source} source @param {string} rootFile absolute path */
  constructor(source, rootFile) {
    this.#source = source;
    this.rootFile = rootFile;
    this.root = { value: this.#load(rootFile), file: rootFile, pointer: "" };
  }

  #load(file) {
    if (!this.#documents.has(file)) {
      let text;
      try {
        text = this.#source.read(file);
      } catch (error) {
        throw new DocumentError(`cannot read ${file} (${this.#source.label}): ${error.message}`);
      }
      try {
        this.#documents.set(file, parse(text, { maxAliasCount: -1 }));
      } catch (error) {
        throw new DocumentError(`${file} (${this.#source.label}) is not valid YAML: ${error.message.split("\n")[0]}`);
      }
    }
    return this.#documents.get(file);
  }

  /** Follows $refs (chains too) until a value that is not a reference. @param {Node} node */
  resolve(node) {
    let current = node;
    for (let hops = 0; current.value && typeof current.value.$ref === "string"; hops++) {
      if (hops > 50) throw new DocumentError(`$ref loop at ${this.label(current)}`);
      current = this.#follow(current.value.$ref, current);
    }
    return current;
  }

  #follow(ref, from) {
    const [filePart, fragment = ""] = ref.split("#");
    const file = filePart ? resolve(dirname(from.file), decodeURI(filePart)) : from.file;
    let value = this.#load(file);
    for (const segment of fragment.split("/").slice(1)) {
      const key = decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~");
      value = value?.[key];
      if (value === undefined) {
        throw new DocumentError(`$ref "${ref}" at ${this.label(from)} points to nothing (no ${key} in ${file})`);
      }
    }
    return { value, file, pointer: fragment };
  }

  /** The node of a child: `child(node, "properties", "id")`. */
  child(node, ...keys) {
    let { value, pointer } = node;
    for (const key of keys) {
      value = value?.[key];
      pointer = `${pointer}/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`;
    }
    return { value, file: node.file, pointer };
  }

  /** "/components/schemas/X" in the root file, "common.yaml#/components/schemas/X" elsewhere. */
  label(node) {
    if (node.file === this.rootFile) return node.pointer || "/";
    return `${relative(dirname(this.rootFile), node.file).split(sep).join("/")}#${node.pointer}`;
  }
}
