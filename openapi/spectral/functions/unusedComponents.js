// Components nothing refers to. Unlike spectral's oas3-unused-component it counts the
// schemas a discriminator reaches: its mapping targets, and (without a mapping) the schemas
// that extend the discriminated schema through allOf.
const kinds = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks"];

function collectRefs(value, refs) {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, refs);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") refs.add(child);
      else if (key === "mapping" && child && typeof child === "object")
        for (const target of Object.values(child)) refs.add(target);
      else collectRefs(child, refs);
    }
  }
}

export default function unusedComponents(document) {
  const refs = new Set();
  collectRefs({ ...document, components: undefined }, refs);
  const components = document?.components ?? {};
  // Refs made from inside components count only once their holder is used: iterate to a fixed point.
  const used = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const kind of kinds) {
      for (const [name, component] of Object.entries(components[kind] ?? {})) {
        const pointer = `#/components/${kind}/${name}`;
        if (used.has(pointer) || !isReached(pointer, refs, components)) continue;
        used.add(pointer);
        collectRefs(component, refs);
        grew = true;
      }
    }
  }
  const results = [];
  for (const kind of kinds) {
    for (const name of Object.keys(components[kind] ?? {})) {
      if (!used.has(`#/components/${kind}/${name}`)) {
        results.push({ message: `components.${kind}.${name} is never used`, path: ["components", kind, name] });
      }
    }
  }
  return results;
}

/** Referenced, or (schemas only) extends a used schema that has a discriminator without mapping. */
function isReached(pointer, refs, components) {
  if ([...refs].some((ref) => ref === pointer || ref.endsWith(pointer))) return true;
  const name = pointer.split("/").pop();
  const schema = pointer.includes("/schemas/") ? components.schemas[name] : undefined;
  return (schema?.allOf ?? []).some((member) => {
    const parentName = member?.$ref?.split("/").pop();
    const parent = parentName && components.schemas?.[parentName];
    return (
      parent?.discriminator &&
      !parent.discriminator.mapping &&
      [...refs].some((ref) => ref.endsWith(`/schemas/${parentName}`))
    );
  });
}
