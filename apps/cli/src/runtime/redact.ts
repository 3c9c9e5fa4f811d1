const SECRET_HEADERS = new Set(["authorization", "x-rapidapi-key", "proxy-authorization", "cookie", "set-cookie"]);
const SECRET_KEYS = /^(accessToken|refreshToken|idToken|token|apiKey|clientSecret|password|secret)$/i;

export const REDACTED = "[redacted]";

/** A header value fit for a log: credentials keep their scheme and lose the rest. */
export function redactHeader(name: string, value: string): string {
  if (!SECRET_HEADERS.has(name.toLowerCase())) return value;
  const scheme = /^(Bearer|Basic)\s/i.exec(value);
  return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

/** A body fit for a log: JSON with every credential-like field replaced; other text as is. */
export function redactBody(text: string): string {
  if (text === "") return text;
  try {
    return JSON.stringify(redactValue(JSON.parse(text)));
  } catch {
    return text;
  }
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEYS.test(key) ? REDACTED : redactValue(inner)]),
    );
  }
  return value;
}

/** Removes every occurrence of known secrets from a message, as a last line of defence. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}
