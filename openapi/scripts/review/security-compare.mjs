// Security requirements of one operation (its own, or the document's): an alternative
// removed, a scope demanded, or security where there was none breaks existing clients.

const effective = (docs, op) => {
  const own = docs.child(op, "security");
  return own.value ? own : docs.child(docs.root, "security");
};
const schemesOf = (requirement) => Object.keys(requirement).sort().join(" + ");

export function compareSecurity(ctx, baseOp, headOp, add) {
  const { docs } = ctx;
  const b = effective(docs.base, baseOp);
  const h = effective(docs.head, headOp);
  const before = b.value ?? [];
  const after = h.value ?? [];
  const pointer = docs.head.label(h.value ? h : b);
  if (!before.length && after.length) {
    return add({
      kind: "security-now-required",
      pointer,
      before: null,
      after: after.map(schemesOf),
      message: "the operation now needs authentication",
    });
  }
  for (const requirement of before) {
    const match = after.find((r) => schemesOf(r) === schemesOf(requirement));
    const name = schemesOf(requirement);
    if (!match) {
      if (after.length)
        add({
          kind: "security-requirement-removed",
          pointer,
          before: name,
          message: `security ${name} is no longer accepted`,
        });
      continue;
    }
    for (const scheme of Object.keys(requirement)) {
      const had = requirement[scheme] ?? [];
      const has = match[scheme] ?? [];
      const demanded = has.filter((s) => !had.includes(s));
      const dropped = had.filter((s) => !has.includes(s));
      if (demanded.length)
        add({
          kind: "scope-added",
          pointer,
          before: had,
          after: has,
          message: `${scheme} now needs scope ${demanded.join(", ")}`,
        });
      if (dropped.length)
        add({
          kind: "scope-removed",
          pointer,
          before: had,
          after: has,
          message: `${scheme} no longer needs scope ${dropped.join(", ")}`,
        });
    }
  }
  for (const requirement of after) {
    if (before.length && !before.some((r) => schemesOf(r) === schemesOf(requirement))) {
      add({
        kind: "security-requirement-added",
        pointer,
        after: schemesOf(requirement),
        message: `security ${schemesOf(requirement)} is now accepted`,
      });
    }
  }
}
