// Responses of one operation: statuses (success and error apart), headers and bodies.
import { matchKeys } from "./changes.mjs";
import { compareContent, entries, presence, schemaContext } from "./content-compare.mjs";
import { reportSchemaChanges } from "./schema-diff.mjs";

const isError = (status) => /^[45]/.test(status) || status === "default";
const kindFor = (status, change) => `${isError(status) ? "error" : "success"}-response-${change}`;

export function compareResponses(ctx, baseOp, headOp, direction, add) {
  const { docs } = ctx;
  matchKeys(
    entries(docs.base, docs.base.child(baseOp, "responses")),
    entries(docs.head, docs.head.child(headOp, "responses")),
    {
      ...presence(
        docs,
        add,
        direction,
        "response",
        (status) => kindFor(status, "removed"),
        (status) => kindFor(status, "added"),
      ),
      both: (status, old, node) => {
        const before = docs.base.resolve(old);
        const after = docs.head.resolve(node);
        compareHeaders(ctx, before, after, direction, add);
        const body = isError(status) ? "error" : undefined;
        compareContent(
          ctx,
          before,
          after,
          { ...schemaContext(ctx, direction, body), subject: `response ${status}` },
          add,
        );
      },
    },
  );
}

function compareHeaders(ctx, before, after, direction, add) {
  const { docs } = ctx;
  const headers = (side, response) => {
    const found = entries(docs[side], docs[side].child(response, "headers"), (name) => name.toLowerCase());
    return new Map([...found].map(([name, node]) => [name, docs[side].resolve(node)]));
  };
  const requiredChange = (name, node, was, is) =>
    add({
      kind: `response-header-became-${is ? "required" : "optional"}`,
      direction,
      pointer: `${docs.head.label(node)}/required`,
      before: was,
      after: is,
      message: `response header ${name} is now ${is ? "required" : "optional"}`,
    });
  matchKeys(headers("base", before), headers("head", after), {
    ...presence(
      docs,
      add,
      direction,
      "response header",
      (_name, node) => (node.value.required === true ? "required-response-header-removed" : "response-header-removed"),
      "response-header-added",
    ),
    both: (name, old, node) => {
      const was = old.value.required === true;
      const is = node.value.required === true;
      if (was !== is) requiredChange(name, node, was, is);
      reportSchemaChanges([docs.base.child(old, "schema")], [docs.head.child(node, "schema")], {
        ...schemaContext(ctx, direction),
        subject: `response header ${name}`,
      });
    },
  });
}
