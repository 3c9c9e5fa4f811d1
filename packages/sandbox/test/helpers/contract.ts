import { createSpecValidator, loadSpec, pointerSegment, type SpecName } from "@qod/openapi/validator";
import { expect } from "vitest";
import type { Reply } from "./sandbox.js";

/**
 * Checks replies against one contract version: the status must be documented for the
 * operation, and the body must match that response's schema (error codes included).
 */
export function contractOf(name: SpecName) {
  const document = loadSpec(name);
  const validator = createSpecValidator(document);
  return (method: string, template: string, reply: Reply): Reply => {
    const operation = document.paths?.[template]?.[method.toLowerCase()];
    expect(operation, `${name}: ${method} ${template} is an operation`).toBeDefined();
    const declared = operation.responses[String(reply.status)];
    expect(
      declared,
      `${name}: ${method} ${template} documents ${reply.status}: ${JSON.stringify(reply.body)}`,
    ).toBeDefined();
    const base =
      typeof declared.$ref === "string"
        ? (declared.$ref as string).replace(/^#/, "")
        : `/paths/${pointerSegment(template)}/${method.toLowerCase()}/responses/${reply.status}`;
    if (reply.body !== undefined)
      expect(
        validator.validate(`${base}/content/application~1json/schema`, reply.body),
        `${name} ${method} ${template}`,
      ).toEqual([]);
    return reply;
  };
}
