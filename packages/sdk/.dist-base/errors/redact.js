// Tokens must never reach an error message, a cause chain or a log line, even when a custom
// fetch or a misbehaving gateway echoes request headers back.
const REDACTED = "[redacted]";
/** Replaces every occurrence of each secret in the text. */
export function redactText(text, secrets) {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join(REDACTED);
  return out;
}
/** A copy of a JSON-like value with every secret replaced inside its strings. */
export function redactValue(value, secrets) {
  const list = [...secrets].filter(Boolean);
  if (list.length === 0) return value;
  const walk = (v) => {
    if (typeof v === "string") return redactText(v, list);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}
/**
 * A clean copy of a thrown value and its causes: name, message, `code` and cause only, with
 * secrets removed. The original may carry request objects or headers, so it is not kept.
 */
export function sanitizeCause(error, secrets, depth = 0) {
  const list = [...secrets];
  if (!(error instanceof Error)) {
    const fields = error ?? {};
    const text =
      typeof fields.message === "string"
        ? fields.message
        : typeof fields.code === "string"
          ? fields.code
          : String(error);
    const copy = new Error(redactText(text, list));
    if (typeof fields.code === "string") Object.assign(copy, { code: fields.code });
    copy.stack = `Error: ${copy.message}`;
    return copy;
  }
  const copy = new Error(redactText(error.message, list));
  copy.name = error.name;
  const code = error.code;
  if (typeof code === "string" || typeof code === "number") Object.assign(copy, { code });
  if (error.cause !== undefined && depth < 5) copy.cause = sanitizeCause(error.cause, list, depth + 1);
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
//# sourceMappingURL=redact.js.map
