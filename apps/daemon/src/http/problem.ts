import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** One problem in a request, naming the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An error answer: `{status, code, message, issues?}`, the same shape the QoD API uses. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: readonly FieldIssue[],
): Response {
  return c.json({ status, code, message, ...(issues && { issues }) }, status);
}
